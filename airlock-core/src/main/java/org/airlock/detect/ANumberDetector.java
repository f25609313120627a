package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Alien Registration Numbers (A-numbers): the letter A and 8 or 9 digits, often written
 * {@code A123456789}, {@code A-123-456-789} or {@code A# 123 456 789}. There is no check digit, so
 * validation is a range check: nine-digit A-numbers issued so far stay below 300,000,000.
 */
public final class ANumberDetector implements TextDetector {

    private static final Pattern PREFIXED = Pattern.compile(
            "(?<![\\p{L}\\d])A\\s?(?:#|-|No\\.?|Number)?\\s?(\\d{3}[ -]?\\d{3}[ -]?\\d{3}|\\d{8})(?!\\d)");
    private static final Pattern BARE = Pattern.compile("^\\s*(?:A\\s?[#-]?\\s?)?(\\d{3}[ -]?\\d{3}[ -]?\\d{3}|\\d{8})\\s*$");
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("a-number", "a number", "alien number", "alien registration", "a#", "a-file", "uscis", "ice"), 40);

    @Override
    public FindingType type() {
        return FindingType.US_A_NUMBER;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 9 || (text.indexOf('A') < 0)) {
            return;
        }
        scan(PREFIXED.matcher(text), lowerText, out);
    }

    /**
     * Runs the pattern only around the profile's digit windows with eight digits or more. A match
     * starts at most nine characters before its first digit ("A Number 12345678"), one more than a
     * window reaches, so each region opens one character before its window; windows never touch,
     * so regions do not overlap and each holds every match whose digits are in its window.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        if (text.length() < 9 || profile.windowDigits() < 8 || text.indexOf('A') < 0) {
            return;
        }
        Matcher m = PREFIXED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int[] windows = profile.windows();
        for (int w = 0; w < windows.length; w += 3) {
            if (windows[w + 2] >= 8) {
                scan(m.region(Math.max(0, windows[w] - 1), windows[w + 1]), lowerText, out);
            }
        }
    }

    private void scan(Matcher m, String lowerText, List<Detection> out) {
        while (m.find()) {
            String digits = digitsOf(m.group(1));
            if (!plausible(digits)) {
                continue;
            }
            String word = CONTEXT.before(lowerText, m.start());
            Confidence confidence = word == null ? Confidence.MEDIUM : Confidence.HIGH;
            String why = "letter A followed by " + digits.length() + " digits in the issued range"
                    + (word == null ? "" : "; context '" + word + "' before it");
            out.add(new Detection(type(), m.start(), m.end(), confidence, why));
        }
    }

    /**
     * Recognises a whole cell in a column whose header says A-number, where the leading A is often
     * left out. Returns null when the value is not an A-number.
     */
    public Detection recognizeCell(String value) {
        String digits = plainDigits(value);
        if (digits == null) {
            Matcher m = BARE.matcher(value);
            if (!m.matches()) {
                return null;
            }
            digits = digitsOf(m.group(1));
        }
        if (!plausible(digits)) {
            return null;
        }
        return new Detection(type(), 0, value.length(), Confidence.HIGH,
                digits.length() + " digits in the issued A-number range, in an A-number column");
    }

    /** The digits of the common written form, "A" and 8 or 9 digits or the digits alone; null otherwise. */
    private static String plainDigits(String value) {
        int start = value.startsWith("A") ? 1 : 0;
        int count = value.length() - start;
        if (count != 8 && count != 9) {
            return null;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return value.substring(start);
    }

    static String digitsOf(String group) {
        StringBuilder digits = new StringBuilder(9);
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean plausible(String digits) {
        if (digits.length() == 8) {
            return !digits.equals("00000000");
        }
        // Nine-digit A-numbers run from 0xx to 2xx million; 3xx and above have not been issued.
        return digits.length() == 9 && digits.charAt(0) <= '2' && !digits.equals("000000000");
    }
}
