package org.airlock.detect;

import java.text.Normalizer;

/**
 * Folds text for vocabulary look-ups: lower case, accents removed, punctuation turned into single
 * spaces. "Date de naissance", "DATE DE NAISSANCE:" and "date_de_naissance" all fold to
 * "date de naissance". One pass over the characters: it runs on every name cell of every row.
 */
public final class Folding {

    private Folding() {
    }

    public static String fold(String text) {
        if (isPlainAsciiWords(text)) {
            return text.toLowerCase(java.util.Locale.ROOT); // the common case, without a pass per character
        }
        String s = text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '#') {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // an accent split off by NFD: dropped
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** ASCII letters and digits in words separated by single spaces: folding is only lower-casing. */
    private static boolean isPlainAsciiWords(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return length == 0;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!word && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
