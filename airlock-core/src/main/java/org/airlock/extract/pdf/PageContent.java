package org.airlock.extract.pdf;

import java.util.List;

/**
 * What one page holds once hidden glyphs are separated from the text a reader sees.
 *
 * @param page one-based page number
 * @param visibleText the page's text as a reader sees it, in reading order
 * @param hidden text the reader cannot see, grouped by how it is hidden
 * @param scanned true when images cover much of the page and it has no text at all (a scan without OCR)
 */
record PageContent(int page, String visibleText, List<HiddenRun> hidden, boolean scanned) {

    /** Everything on the page, visible or not: what an earlier revision is compared with. */
    String allText() {
        StringBuilder all = new StringBuilder(visibleText);
        for (HiddenRun run : hidden) {
            all.append('\n').append(run.text());
        }
        return all.toString();
    }
}
