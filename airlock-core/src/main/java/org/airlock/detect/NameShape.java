package org.airlock.detect;

import java.util.Set;

/**
 * Whether a short value is shaped like a person's name: one to six words of letters in any script
 * (Latin, Cyrillic, Arabic, CJK...), with hyphens, apostrophes and initials, no digits, and none of
 * the words that mark an organisation, a place or a table label ("Center", "Total", "County").
 * This is a shape test for values in a column already known to hold names; finding names in
 * prose needs more evidence ({@link PersonNameDetector}).
 */
public final class NameShape {

    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "center", "centre", "county", "jail", "facility", "office", "department", "ministry", "total",
            "totals", "subtotal", "unknown", "none", "other", "others", "region", "city", "state",
            "inc", "ltd", "llc", "corp", "university", "hospital", "school", "services", "service", "agency",
            "council", "committee", "government", "police", "court", "processing", "detention", "correctional",
            "budget", "account", "fund", "program", "programme", "project", "team", "division", "unit", "branch",
            "street", "road", "avenue", "district", "province", "republic", "kingdom", "united", "national",
            "international", "association", "foundation", "company", "group", "all", "average", "mean", "median",
            "redacted", "withheld", "not", "applicable", "yes", "no", "male", "female", "pending", "granted",
            "quarter", "month", "year", "week", "fy", "q1", "q2", "q3", "q4");

    /** Lower-case particles of compound names (María del Carmen de los Santos), not counted as words. */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos", "di",
            "du", "van", "von", "der", "den", "le", "y", "e", "bin", "ibn", "bint", "al", "el", "ben", "ter", "zu");

    private NameShape() {
    }

    /** "al-Hashimi", "d'Angelo": a lower-case article joined to a capitalised name. */
    private static boolean hasCapital(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code wordStart} is a particle ("Da silva", "Le roux" as some lists write them). */
    private static boolean afterParticle(String v, int wordStart) {
        if (wordStart == 0) {
            return false;
        }
        int end = wordStart - 1;
        while (end > 0 && v.charAt(end) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(v.charAt(start - 1))) {
            start--;
        }
        return end >= start && PARTICLES.contains(v.substring(start, end + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether any word of {@code v} (compared in lower case, accents kept) is an organisation or label word. */
    private static boolean containsNotNameWord(String v) {
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                if (word.length() <= 14 && NOT_NAME_WORDS.contains(word.toString())) {
                    return true;
                }
                word.setLength(0);
            }
        }
        return false;
    }

    /**
     * @param value the cell value
     * @param partOfName true for a given-name or family-name column, where one word is a whole value
     */
    public static boolean isPersonName(String value, boolean partOfName) {
        String v = value.strip();
        int length = v.length();
        if (length < 1 || length > 80) {
            return false;
        }
        int words = 0;
        int particles = 0;
        int letters = 0;
        int wordStart = -1;
        boolean cjk = false;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? v.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (wordStart < 0) {
                    words++;
                    wordStart = i;
                }
                if (c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    cjk = true;
                }
            } else if (c == ' ' || c == ',' || c == '\u00a0' || c == '(' || c == ')') {
                if (wordStart >= 0 && Character.isLowerCase(v.charAt(wordStart))) {
                    if (PARTICLES.contains(v.substring(wordStart, i))) {
                        particles++;
                    } else if (!afterParticle(v, wordStart) && i - wordStart > 1 && !hasCapital(v, wordStart, i)) {
                        return false; // "Monday to Friday": a lower-case word that is no particle is prose, not a name
                    }
                }
                wordStart = -1;
            } else if (c == '-' || c == '\'' || c == '’' || c == '.' || c == '·' || c == '\u200c'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                // part of a name: Jean-Pierre, O'Brien, J., Persian zero-width non-joiner
            } else {
                return false;
            }
        }
        // One Han character is a whole family name (李, 王); elsewhere one letter is an initial.
        if (letters < (cjk && partOfName ? 1 : 2) || words - particles > 6 || (cjk && length > 6)) {
            return false;
        }
        if (!partOfName && words < 2 && !cjk) {
            // A single word in a full-name column is too weak alone ("Smith" might be a sheet label).
            return false;
        }
        // "N/A" and "NA" are placeholders; "Na" is a given name.
        if (v.equalsIgnoreCase("n/a") || v.equalsIgnoreCase("n.a.") || v.equals("NA") || v.equals("NA NA")
                || containsNotNameWord(v)) {
            return false;
        }
        // "Moldovan" or "English" can be a family name; a whole name that is a country is not a name.
        return partOfName || !Countries.instance().isNationality(v);
    }
}
