/**
 * OpenDocument files (odt, ods, odp): paragraphs, sheets and slides, and the places ODF hides
 * content (hidden sheets, rows and columns; hidden text; tracked deletions; annotations; notes;
 * hidden slides; shapes off the slide).
 */
package org.airlock.extract.odf;
