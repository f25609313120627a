package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passport numbers. Formats differ by country and overlap with every other code, so a value is a
 * passport number only after a context word ("passport no.", "pasaporte", "passeport") or in a
 * passport column: 6 to 9 letters and digits, with at least 5 digits.
 */
public final class PassportDetector implements TextDetector {

    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?iu)(passport|pasaporte|passeport|reisepass|паспорт)(?:\\s*(?:no\\.?|number|num\\.?|n[°º]|#|número|numéro))?\\s*[:#]?\\s*([A-Z0-9]{6,9})(?![A-Za-z0-9])");
    private static final Pattern CELL = Pattern.compile("^\\s*([A-Z0-9]{6,9})\\s*$");

    @Override
    public FindingType type() {
        return FindingType.PASSPORT_NUMBER;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (!(lowerText.contains("pass") || lowerText.contains("паспорт"))) {
            return;
        }
        Matcher m = AFTER_CUE.matcher(text);
        while (m.find()) {
            if (digitCount(m.group(2)) >= 5) {
                out.add(new Detection(type(), m.start(2), m.end(2), Confidence.HIGH,
                        "6-9 letters and digits after '" + m.group(1) + "'"));
            }
        }
    }

    /** Recognises a whole cell of a passport column. */
    public Detection recognizeCell(String value) {
        Matcher m = CELL.matcher(value.toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || digitCount(m.group(1)) < 5) {
            return null;
        }
        return new Detection(type(), 0, value.length(), Confidence.HIGH, "6-9 letters and digits in a passport column");
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
