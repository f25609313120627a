/** The Excel 97-2003 (BIFF8) reader. */
package org.airlock.extract.xls;
