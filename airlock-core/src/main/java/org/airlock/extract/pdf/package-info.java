/**
 * Reads PDF documents with Apache PDFBox: the text of every page, and every place a PDF hides text
 * from its reader (failed redactions, invisible text, text off the page, layers switched off,
 * annotations, form fields, attached files, earlier revisions, metadata).
 */
package org.airlock.extract.pdf;
