/** The plain-text reader. */
package org.airlock.extract.text;
