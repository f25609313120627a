package org.airlock.report;

import org.airlock.detect.FindingType;

/**
 * Masks evidence so a report is safe to attach to a ticket: names keep the first letter of each
 * word ({@code J*** D**}), identifiers their first character and last four digits
 * ({@code A*****6789}), e-mail addresses the first letter of each part, everything else the first
 * character of each word.
 */
public final class Mask {

    private Mask() {
    }

    public static String mask(FindingType type, String value) {
        if (value == null) {
            return "";
        }
        String v = value.strip();
        return switch (type) {
            case US_A_NUMBER, US_SSN, PASSPORT_NUMBER, FINANCIAL_ACCOUNT, PHONE_NUMBER -> keepEnds(v);
            case EMAIL_ADDRESS -> email(v);
            // Registry record ids: the registry's keys, not personal data (docs/fingerprints.md).
            case FINGERPRINT_MATCH -> v;
            case DATE_OF_BIRTH -> v.replaceAll("\\d", "*").replaceFirst("^\\*", v.isEmpty() ? "" : v.substring(0, 1));
            default -> firstLetters(v);
        };
    }

    private static String keepEnds(String v) {
        int alnum = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetterOrDigit(v.charAt(i))) {
                alnum++;
            }
        }
        int keepTail = alnum >= 8 ? 4 : 0;
        StringBuilder s = new StringBuilder(v.length());
        int seen = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                seen++;
                s.append(seen == 1 || seen > alnum - keepTail ? c : '*');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String email(String v) {
        int at = v.indexOf('@');
        if (at < 0) {
            return firstLetters(v);
        }
        int dot = v.lastIndexOf('.');
        String tld = dot > at ? v.substring(dot) : "";
        String domain = dot > at ? v.substring(at + 1, dot) : v.substring(at + 1);
        return firstLetters(v.substring(0, at)) + "@" + firstLetters(domain) + tld;
    }

    private static String firstLetters(String v) {
        StringBuilder s = new StringBuilder(v.length());
        boolean wordStart = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                s.append(wordStart ? c : '*');
                wordStart = false;
            } else {
                s.append(c);
                wordStart = true;
            }
        }
        return s.toString();
    }
}
