package org.airlock.detect;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms that appear in published tables and prose: ISO, day/month/year and
 * month/day/year with slashes, dots or dashes, and written months in English, French and Spanish.
 * Where day and month could be swapped the first valid reading wins: for a date of birth the
 * person is identified either way.
 */
public final class DateValues {

    /** Matches a date anywhere in text; groups are read by {@link #parse(String)}. */
    public static final Pattern IN_TEXT;
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][\\d:.]+)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})");
    /** Chinese and Japanese: 1985年3月12日. */
    private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern DAY_MONTH_YEAR;
    private static final Pattern MONTH_DAY_YEAR;
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "janvier", "janv", "enero", "ene"},
            {"february", "feb", "fevrier", "février", "fevr", "févr", "febrero"},
            {"march", "mar", "mars", "marzo"},
            {"april", "apr", "avril", "avr", "abril", "abr"},
            {"may", "mai", "mayo"},
            {"june", "jun", "juin", "junio"},
            {"july", "jul", "juillet", "juil", "julio"},
            {"august", "aug", "aout", "août", "agosto", "ago"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
            {"october", "oct", "octobre", "octubre"},
            {"november", "nov", "novembre", "noviembre"},
            {"december", "dec", "décembre", "decembre", "déc", "diciembre", "dic"},
        };
        StringBuilder alternatives = new StringBuilder();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
                if (!alternatives.isEmpty()) {
                    alternatives.append('|');
                }
                alternatives.append(Pattern.quote(name));
            }
        }
        String month = "(" + alternatives + ")\\.?";
        DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:de\\s+)?" + month + "\\s+(?:de\\s+)?(\\d{4})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        MONTH_DAY_YEAR = Pattern.compile(month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // Han and kana letters may touch a date (出生日期1985-03-12): Chinese puts no space between words.
        IN_TEXT = Pattern.compile("(?<![\\d\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])(?:" + ISO.pattern() + "|"
                + CJK.pattern() + "|" + NUMERIC.pattern() + "|"
                + DAY_MONTH_YEAR.pattern() + "|" + MONTH_DAY_YEAR.pattern() + ")(?![\\d\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private DateValues() {
    }

    /**
     * Reads an ISO date ({@code 1985-03-12}) as extractors write date cells, without a formatter:
     * it runs on every date cell. Null when the value is not exactly that shape or not a date.
     */
    public static LocalDate parseIso(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The date written in {@code value} (the whole value, trimmed), or null; two-digit years relative to now. */
    public static LocalDate parse(String value) {
        return parse(value, LocalDate.now());
    }

    /**
     * The date written in {@code value}, or null. A two-digit year is read as the latest year not
     * after {@code today} (a birth year, far more often than a future one).
     */
    public static LocalDate parse(String value, LocalDate today) {
        String s = value.strip();
        if (s.length() < 6 || s.length() > 40) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = CJK.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            String year = m.group(3).length() == 2 ? twoDigitYear(m.group(3), today) : m.group(3);
            LocalDate monthFirst = date(year, m.group(1), m.group(2));
            return monthFirst != null ? monthFirst : date(year, m.group(2), m.group(1));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return date(m.group(3), monthNumber(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return date(m.group(3), monthNumber(m.group(1)), m.group(2));
        }
        return null;
    }

    /**
     * Whether a date could be a living or recently living person's date of birth: not in the
     * future and not more than 120 years ago.
     */
    public static boolean plausibleBirthDate(LocalDate date, LocalDate today) {
        return date != null && !date.isAfter(today) && date.isAfter(today.minusYears(120));
    }

    private static String monthNumber(String name) {
        Integer month = MONTHS.get(name.toLowerCase(java.util.Locale.ROOT));
        return month == null ? "0" : month.toString();
    }

    private static String twoDigitYear(String yy, LocalDate today) {
        int y = Integer.parseInt(yy);
        int century = today.getYear() / 100 * 100;
        return Integer.toString(century + y <= today.getYear() ? century + y : century - 100 + y);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
