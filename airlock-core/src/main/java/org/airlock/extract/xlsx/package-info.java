/** The streaming xlsx reader: sheets, styles, comments, pivot and chart caches, defined names, properties and every other part. */
package org.airlock.extract.xlsx;
