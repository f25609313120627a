package org.airlock.extract.pdf;

import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;

/**
 * Text of one page hidden in one way, in content-stream order.
 *
 * @param visibility how the text is hidden
 * @param kind the inventory entry it belongs to
 * @param area for a failed redaction the box drawn over the text, otherwise the text's extent
 * @param text the hidden characters, with spaces and line breaks where the glyphs leave gaps
 */
record HiddenRun(Visibility visibility, HiddenPlaceKind kind, Area area, String text) {
}
