package org.airlock.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers. Written forms ({@code 123-45-6789}) are accepted anywhere; bare nine
 * digits only in an SSN column or after a context word, because budgets, case and account codes
 * are nine digits too. Never-issued values are rejected: area 000, 666 or 900-999, group 00,
 * serial 0000. Published sample numbers (the Woolworth wallet card and others) are reported at
 * LOW confidence as sample values.
 */
public final class SsnDetector implements TextDetector {

    private static final Pattern WRITTEN = Pattern.compile("(?<![\\d-])(\\d{3})([- ])(\\d{2})\\2(\\d{4})(?![\\d-])");
    private static final Pattern BARE_CELL = Pattern.compile("^\\s*(\\d{3})[- ]?(\\d{2})[- ]?(\\d{4})\\s*$");
    private static final Pattern BARE_TEXT = Pattern.compile("(?<!\\d)(\\d{3})(\\d{2})(\\d{4})(?!\\d)");
    private static final ContextWords CONTEXT = new ContextWords(
            List.of("ssn", "social security", "soc. sec", "ss#", "ss #", "seguro social", "sécurité sociale"), 40);
    private static final Set<String> SAMPLES = Set.of("078051120", "219099999", "457555462", "123456789");

    @Override
    public FindingType type() {
        return FindingType.US_SSN;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 9 || !hasDigitRun(text)) {
            return;
        }
        scanWritten(WRITTEN.matcher(text), lowerText, out);
        scanBare(BARE_TEXT.matcher(text), lowerText, out);
    }

    /**
     * Runs both patterns only inside the profile's digit windows that hold nine digits or more:
     * every digit of a match is within two characters of the next, so a whole match lies in one
     * window, and a window holds every match that a scan of the whole text finds. Bare digits
     * are only looked for when an SSN context word occurs at all.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        if (text.length() < 9 || profile.windowDigits() < 9) {
            return;
        }
        Matcher written = WRITTEN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher bare = CONTEXT.anyIn(lowerText)
                ? BARE_TEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false) : null;
        int[] windows = profile.windows();
        for (int w = 0; w < windows.length; w += 3) {
            if (windows[w + 2] >= 9) {
                scanWritten(written.region(windows[w], windows[w + 1]), lowerText, out);
            }
        }
        for (int w = 0; bare != null && w < windows.length; w += 3) {
            if (windows[w + 2] >= 9) {
                scanBare(bare.region(windows[w], windows[w + 1]), lowerText, out);
            }
        }
    }

    private void scanWritten(Matcher m, String lowerText, List<Detection> out) {
        while (m.find()) {
            String digits = m.group(1) + m.group(3) + m.group(4);
            String word = CONTEXT.before(lowerText, m.start());
            add(out, m.start(), m.end(), digits, word == null ? Confidence.MEDIUM : Confidence.HIGH,
                    "written as an SSN (3-2-4 digits)" + (word == null ? "" : "; context '" + word + "' before it"));
        }
    }

    private void scanBare(Matcher bare, String lowerText, List<Detection> out) {
        while (bare.find()) {
            String word = CONTEXT.before(lowerText, bare.start());
            if (word != null) {
                String digits = bare.group(1) + bare.group(2) + bare.group(3);
                add(out, bare.start(), bare.end(), digits, Confidence.HIGH,
                        "nine digits after context word '" + word + "'");
            }
        }
    }

    /** Recognises a whole cell of an SSN column, where bare nine digits are expected. */
    public Detection recognizeCell(String value) {
        Matcher m = BARE_CELL.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1) + m.group(2) + m.group(3);
        List<Detection> out = new ArrayList<>(1);
        add(out, 0, value.length(), digits, Confidence.HIGH, "nine digits in an SSN column");
        return out.isEmpty() ? null : out.get(0);
    }

    private void add(List<Detection> out, int start, int end, String digits, Confidence confidence, String why) {
        if (!issuable(digits)) {
            return;
        }
        if (SAMPLES.contains(digits)) {
            out.add(new Detection(type(), start, end, Confidence.LOW, "published sample SSN, not a real person's"));
            return;
        }
        out.add(new Detection(type(), start, end, confidence, why + "; area, group and serial in issued ranges"));
    }

    private static boolean hasDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    static boolean issuable(String digits) {
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5));
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }
}
