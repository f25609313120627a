package org.airlock.detect;

/**
 * What one cheap pass over a text tells the detectors before any regular expression runs (the
 * gitleaks idea: a keyword or character-class gate first). Most cells and most sentences have no
 * run of digits, so most detectors return at once.
 *
 * @param digits ASCII digits in the text
 * @param longestDigitRun the longest run of consecutive ASCII digits
 * @param upper ASCII capital letters
 * @param at whether the text holds '@'
 * @param filler whether the text holds "<<" (machine-readable zones)
 */
public record TextProfile(int digits, int longestDigitRun, int upper, boolean at, boolean filler) {

    /** The profile of {@code text}, in one pass. */
    public static TextProfile of(String text) {
        int digits = 0;
        int run = 0;
        int longest = 0;
        int upper = 0;
        boolean at = false;
        boolean filler = false;
        char previous = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (++run > longest) {
                    longest = run;
                }
            } else {
                run = 0;
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (c == '@') {
                    at = true;
                } else if (c == '<' && previous == '<') {
                    filler = true;
                }
            }
            previous = c;
        }
        return new TextProfile(digits, longest, upper, at, filler);
    }
}
