/** OLE2 wrappers of embedded files: the packaged payload goes back to the inspector. */
package org.airlock.extract.ole;
