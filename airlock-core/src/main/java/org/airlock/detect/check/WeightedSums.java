package org.airlock.detect.check;

/**
 * National identifiers whose check digit is a weighted digit sum: the NHS number (mod 11), the
 * Iranian national id (mod 11), the Russian INN (two mod 11 digits for people) and SNILS (mod 101).
 */
public final class WeightedSums {

    private WeightedSums() {
    }

    /** NHS number: 10 digits, weights 10..2 over the first nine, 11 - sum mod 11 (11 → 0, 10 invalid). */
    public static boolean nhs(String d) {
        if (!digits(d, 10)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == d.charAt(9) - '0';
    }

    /** Iranian national id (kod-e melli): 10 digits, weights 10..2, remainder r: check r if r < 2 else 11 - r. */
    public static boolean iranNationalId(String d) {
        if (!digits(d, 10) || d.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return (r < 2 ? r : 11 - r) == d.charAt(9) - '0';
    }

    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** Russian INN of a person (12 digits, two check digits) or an organisation (10 digits, one). */
    public static boolean russianInn(String d) {
        if (digits(d, 12)) {
            return innDigit(d, INN11, 10) && innDigit(d, INN12, 11);
        }
        return digits(d, 10) && innDigit(d, INN10, 9);
    }

    private static boolean innDigit(String d, int[] weights, int at) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (d.charAt(i) - '0') * weights[i];
        }
        return (sum % 11) % 10 == d.charAt(at) - '0';
    }

    /**
     * Russian SNILS: 11 digits, weights 9..1 over the first nine; the sum mod 101, with 100 read as
     * 00, is the last two digits. Numbers up to 001-001-998 carry no check.
     */
    public static boolean snils(String d) {
        if (!digits(d, 11)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        int check = sum % 101;
        if (check == 100) {
            check = 0;
        }
        return Long.parseLong(d.substring(0, 9)) > 1_001_998 && check == Integer.parseInt(d.substring(9));
    }

    static boolean digits(String d, int length) {
        if (d.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = d.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
