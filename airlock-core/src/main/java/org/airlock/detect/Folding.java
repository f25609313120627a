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
}
