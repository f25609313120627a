package org.airlock.fingerprint;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a value to the one form that is hashed, so the same person matches whatever the layout:
 * <ul>
 * <li>words (names, other text): NFKC, case folding, every script transliterated to Latin by
 *     ICU ({@code Any-Latin}: Cyrillic, Arabic and Persian, Chinese to pinyin), diacritics and
 *     ligatures to ASCII ({@code Latin-ASCII}), split on anything not a letter or digit, words
 *     holding a digit dropped. Order is
 *     not kept here: the hasher treats a name as a set of words, which is what makes "LAST, First",
 *     "First Last" and split columns the same.</li>
 * <li>dates: the common written forms (ISO, day-first and month-first with / - . separators,
 *     two-digit years, English month names, compact yyyyMMdd) to one calendar day; an ambiguous
 *     day/month gives both readings.</li>
 * <li>identifiers: NFKC, upper case, letters and digits only (dashes, spaces, dots, slashes gone).</li>
 * </ul>
 * Not thread-safe (ICU transliterators keep state): one instance per thread.
 */
public final class ValueNormalizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[-/. ](\\d{1,2})[-/. ](\\d{1,4})");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[-/. ]*(" + MONTHS
            + ")[a-z]*\\.?[-/., ]*(\\d{4})");
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("(" + MONTHS + ")[a-z]*\\.?[-/. ]*(\\d{1,2})(?:st|nd|rd|th)?,?[-/. ]*(\\d{4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Where the day-first / month-first ambiguity is resolved for two-digit years: 00-29 is 2000s. */
    private static final int CENTURY_PIVOT = 30;

    private Transliterator toLatin;

    /** The normalised words of {@code raw}, in the order found (empty when it has none). */
    public List<String> words(String raw) {
        List<String> out = new ArrayList<>(4);
        String s = ascii(raw) ? raw.toLowerCase(Locale.ROOT) : latin(raw);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && isWordChar(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (!hasDigit(s, start, i)) {
                    out.add(s.substring(start, i));
                }
                start = -1;
            }
        }
        return out;
    }

    /** A token of non-ASCII text to ASCII lower case through NFKC, case folding and ICU transliteration. */
    private String latin(String raw) {
        if (toLatin == null) {
            toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        String folded = UCharacter.foldCase(NFKC.normalize(raw), true);
        return toLatin.transliterate(folded).toLowerCase(Locale.ROOT);
    }

    /** Words with digits (an A-number, "4B") are identifiers or noise, never part of a name. */
    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c > 127 && Character.isLetterOrDigit(c));
    }

    static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identifier form of {@code raw}: upper-case letters and digits only, or null when that
     * leaves fewer than 4 characters or no digit (a word, not an identifier).
     */
    public static String identifier(String raw) {
        String s = ascii(raw) ? raw : NFKC.normalize(raw);
        StringBuilder out = new StringBuilder(s.length());
        int letters = 0;
        int digits = 0;
        boolean letterAfterDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                digits++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                out.append(Character.toUpperCase(c));
                letters++;
                letterAfterDigit |= digits > 0;
            }
        }
        if (digits == 0 || out.length() < 4) {
            return null;
        }
        // A-numbers and similar are written with and without their letter prefix, and with and
        // without leading zeros ("A012345678", "12345678"): a short prefix before 6 or more
        // digits, and leading zeros of an all-digit value, are not part of the identity.
        int start = 0;
        if (!letterAfterDigit && letters <= 3 && digits >= 6) {
            start = letters;
            while (start < out.length() - 1 && out.charAt(start) == '0') {
                start++;
            }
        }
        String id = out.substring(start);
        return id.length() >= 4 ? id : null;
    }

    /** Identifier-like runs in running text: an optional short letter prefix, digits, - . / separators. */
    static final Pattern ID_IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Za-z]{1,3}[-.]?)?\\d(?:[-./]?[0-9A-Za-z]){3,24}(?![\\p{L}\\p{N}])");

    /**
     * The days {@code raw} can mean: none when it is not a date, one when clear, two when the day
     * and month can be swapped (03/04/1985). Only the whole value is read (after trimming a time of
     * day such as {@code T00:00:00} or {@code 00:00}).
     */
    public static List<LocalDate> dates(String raw) {
        if (raw.length() == 10 && raw.charAt(4) == '-' && raw.charAt(7) == '-') {
            // ISO, as spreadsheet date cells arrive: no pattern needed.
            List<LocalDate> out = new ArrayList<>(1);
            try {
                add(out, Integer.parseInt(raw, 0, 4, 10), Integer.parseInt(raw, 5, 7, 10), Integer.parseInt(raw, 8, 10, 10));
                return out;
            } catch (NumberFormatException e) {
                // Not digits: the patterns below decide.
            }
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int time = s.indexOf('t');
        if (time == 10 && s.length() > 10 && Character.isDigit(s.charAt(0))) {
            s = s.substring(0, 10);
        }
        int space = s.indexOf(' ');
        if (space >= 8 && s.indexOf(':') > space) {
            s = s.substring(0, space);
        }
        List<LocalDate> out = new ArrayList<>(2);
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            String a = m.group(1);
            String b = m.group(2);
            String c = m.group(3);
            if (a.length() == 4) {
                add(out, num(a), num(b), num(c));
            } else if (c.length() == 4 || c.length() == 2) {
                int year = year(c);
                add(out, year, num(b), num(a));
                if (!a.equals(b)) {
                    add(out, year, num(a), num(b));
                }
            }
            return out;
        }
        m = DAY_MONTH_NAME.matcher(s);
        if (m.matches()) {
            add(out, num(m.group(3)), month(m.group(2)), num(m.group(1)));
            return out;
        }
        m = MONTH_NAME_DAY.matcher(s);
        if (m.matches()) {
            add(out, num(m.group(3)), month(m.group(1)), num(m.group(2)));
            return out;
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            add(out, num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        return out;
    }

    /** The date patterns as they occur in running text, for {@link FingerprintScan}. */
    static final Pattern DATE_IN_TEXT = Pattern.compile(
            "(?i)\\b(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?[-/. ]*(?:" + MONTHS + ")[a-z]*\\.?[-/., ]*\\d{4}"
                    + "|(?:" + MONTHS + ")[a-z]*\\.?[-/. ]*\\d{1,2}(?:st|nd|rd|th)?,?[-/. ]*\\d{4})\\b");

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int year(String s) {
        int y = num(s);
        return s.length() == 2 ? (y < CENTURY_PIVOT ? 2000 + y : 1900 + y) : y;
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3)) / 4 + 1;
    }

    private static void add(List<LocalDate> out, int year, int month, int day) {
        if (year < 1800 || year > 2200) {
            return;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (!out.contains(date)) {
                out.add(date);
            }
        } catch (DateTimeException e) {
            // Not a calendar day (13th month, 31 June): this reading does not exist.
        }
    }
}
