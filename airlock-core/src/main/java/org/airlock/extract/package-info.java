/** Type detection and extraction: streams a file's tables and text, with where each value is and how visible it is, into a ContentSink. */
package org.airlock.extract;
