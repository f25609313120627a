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

    /** A context word found near a match, and how far from it. */
    public record Match(String word, int distance, boolean before) {
        /** For explanations: "context word 'card' 12 characters before". */
        public String describe() {
            return "context word '" + word.strip() + "' " + distance + " characters " + (before ? "before" : "after");
        }
    }

    /** The nearest context word before the span within the window, else the first after it within {@code afterWindow}. */
    public Match near(String lowerText, int start, int end, int afterWindow) {
        int from = Math.max(0, start - window);
        String best = null;
        int bestIndex = -1;
        for (String word : words) {
            int index = lowerText.lastIndexOf(word, start - word.length());
            while (index >= from && !isWord(lowerText, index, word.length())) {
                index = lowerText.lastIndexOf(word, index - 1);
            }
            if (index >= from && index > bestIndex) {
                bestIndex = index;
                best = word;
            }
        }
        if (best != null) {
            return new Match(best, start - (bestIndex + best.length()), true);
        }
        if (afterWindow <= 0) {
            return null;
        }
        int to = Math.min(lowerText.length(), end + afterWindow);
        int nearest = Integer.MAX_VALUE;
        for (String word : words) {
            int index = lowerText.indexOf(word, end);
            while (index >= 0 && index < to && !isWord(lowerText, index, word.length())) {
                index = lowerText.indexOf(word, index + 1);
            }
            if (index >= 0 && index + word.length() <= to && index < nearest) {
                nearest = index;
                best = word;
            }
        }
        return best == null ? null : new Match(best, nearest - end, false);
    }

    /** Whether the word at {@code index} stands alone: no letter right before or after it ("inn" is not in "dinner"). */
    private static boolean isWord(String text, int index, int length) {
        if (text.charAt(index) >= 0x3000) {
            return true; // Chinese and Japanese are written without spaces between words
        }
        boolean before = index == 0 || !Character.isLetter(text.charAt(index - 1));
        int after = index + length;
        return before && (after >= text.length() || !Character.isLetter(text.charAt(after))
                || !Character.isLetter(text.charAt(after - 1)));
    }

    /** Whether any of the words occurs anywhere in {@code lowerText} (a cheap gate before a pattern). */
    public boolean anyIn(String lowerText) {
        for (String word : words) {
            if (lowerText.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
