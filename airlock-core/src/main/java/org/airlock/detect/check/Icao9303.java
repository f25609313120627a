package org.airlock.detect.check;

/**
 * Machine-readable zones of passports (ICAO Doc 9303, TD3: two lines of 44 characters): the 7-3-1
 * weighted check digits of the document number, birth date, expiry date and the composite.
 */
public final class Icao9303 {

    private static final int[] WEIGHTS = {7, 3, 1};

    private Icao9303() {
    }

    /** The check digit over {@code field}: digits as themselves, A=10..Z=35, filler '<' as 0. */
    public static int checkDigit(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                return -1;
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** Whether the second line of a TD3 zone (44 characters) has all four check digits right. */
    public static boolean validTd3Line2(String line) {
        if (line.length() != 44) {
            return false;
        }
        return digitOk(line, 0, 9, 9) && digitOk(line, 13, 19, 19) && digitOk(line, 21, 27, 27)
                && composite(line) == line.charAt(43) - '0';
    }

    private static int composite(String line) {
        return checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    }

    /** The composite check digit of a TD3 second line whose first 43 characters are set. */
    public static int td3Composite(String first43) {
        return checkDigit(first43.substring(0, 10) + first43.substring(13, 20) + first43.substring(21, 43));
    }

    private static boolean digitOk(String line, int from, int to, int at) {
        char c = line.charAt(at);
        return c >= '0' && c <= '9' && checkDigit(line.substring(from, to)) == c - '0';
    }
}
