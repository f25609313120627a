/**
 * Word documents (docx, doc) and RTF: body text by paragraph, tables as tables, and every hiding
 * place Word has (tracked changes, comments, hidden text, headers and footers, footnotes, fields,
 * alt text, text boxes, properties, embedded documents).
 */
package org.airlock.extract.word;
