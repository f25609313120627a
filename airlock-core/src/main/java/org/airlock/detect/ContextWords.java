package org.airlock.detect;

import java.util.List;

/**
 * Words near a match that make it more (or less) likely to be what it looks like: "DOB" before a
 * date, "passport" before a code. Matching is on lower-case text within a window before the match,
 * as Presidio's context enhancer does with a prefix window.
 */
public record ContextWords(List<String> words, int window) {

    public ContextWords {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("context word list is empty");
        }
    }

    /** The first context word found within {@code window} characters before {@code start}, or null. */
    public String before(String lowerText, int start) {
        int from = Math.max(0, start - window);
        String region = lowerText.substring(from, start);
        String best = null;
        int bestIndex = -1;
        for (String word : words) {
            int index = region.lastIndexOf(word);
            if (index > bestIndex) {
                bestIndex = index;
                best = word;
            }
        }
        return best;
    }

    /** The first context word found anywhere within {@code window} characters of the span. */
    public String around(String lowerText, int start, int end) {
        String before = before(lowerText, start);
        if (before != null) {
            return before;
        }
        String after = lowerText.substring(end, Math.min(lowerText.length(), end + window));
        for (String word : words) {
            if (after.contains(word)) {
                return word;
            }
        }
        return null;
    }
}
