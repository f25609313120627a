package org.airlock.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits free-form hidden text (an HTML comment) into the passages a reader would see as
 * separate entries: paragraphs separated by blank lines, and in a paragraph of more than four
 * lines, each line (a list commented out is one entry per line). Without this, a list of people
 * would read as one passage and count as one person.
 */
final class Passages {

    private static final int LIST_LINES = 4;

    private Passages() {
    }

    static List<String> split(String text) {
        List<String> passages = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            String[] lines = paragraph.strip().split("\\R");
            if (lines.length > LIST_LINES) {
                for (String line : lines) {
                    if (!line.isBlank()) {
                        passages.add(line.strip());
                    }
                }
            } else if (!paragraph.isBlank()) {
                passages.add(paragraph.strip());
            }
        }
        return passages;
    }
}
