/** The delimited-text reader. */
package org.airlock.extract.csv;
