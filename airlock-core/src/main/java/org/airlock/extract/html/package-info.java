/** Web pages (HTML and XHTML through jsoup): visible text, tables, and every place a page hides data. */
package org.airlock.extract.html;
