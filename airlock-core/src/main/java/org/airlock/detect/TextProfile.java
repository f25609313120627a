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
 * @param windows start, end and digit count, in triples, of the stretches of text around digits
 *     (each digit widened by {@value #REACH} characters each side for letter prefixes, suffixes
 *     and letters between digit groups, merged when they touch): the only places a digit-bearing
 *     identifier can be, so patterns run there, and only where there are enough digits
 * @param cues where the prose detectors' cue words are (found on first use, one pass for all)
 */
public record TextProfile(int digits, int longestDigitRun, int upper, boolean at, boolean filler, int[] windows, Cues cues) {

    /** The most digits in one window: an identifier of N digits needs a window of N or more. */
    public int windowDigits() {
        int most = 0;
        for (int w = 2; w < windows.length; w += 3) {
            most = Math.max(most, windows[w]);
        }
        return most;
    }

    /** How far a window reaches beyond its digits: "EAC", "DE89 ", a CURP's letters. */
    public static final int REACH = 8;

    /** The profile of {@code text}, in one pass. */
    public static TextProfile of(String text) {
        int digits = 0;
        int run = 0;
        int longest = 0;
        int upper = 0;
        boolean at = false;
        boolean filler = false;
        char previous = 0;
        int n = text.length();
        int[] windows = new int[12];
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (++run > longest) {
                    longest = run;
                }
                int from = Math.max(0, i - REACH);
                if (count > 0 && from <= windows[count - 2]) {
                    windows[count - 2] = Math.min(n, i + 1 + REACH); // extends the current window
                    windows[count - 1]++;
                } else {
                    if (count == windows.length) {
                        windows = java.util.Arrays.copyOf(windows, count * 2);
                    }
                    windows[count++] = from;
                    windows[count++] = Math.min(n, i + 1 + REACH);
                    windows[count++] = 1;
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
        return new TextProfile(digits, longest, upper, at, filler, java.util.Arrays.copyOf(windows, count),
                new Cues(text));
    }
}
