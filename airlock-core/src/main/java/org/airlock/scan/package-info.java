/** Inspection of one file end to end, and scans of many files in parallel. */
package org.airlock.scan;
