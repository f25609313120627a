package org.airlock.detect.check;

/** The Luhn (mod 10) check used by payment cards and Canadian SINs. */
public final class Luhn {

    private Luhn() {
    }

    /** Whether the digits (and only digits) pass the Luhn check. */
    public static boolean valid(String digits) {
        if (digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** The digit that makes {@code payload} followed by it pass the check. */
    public static char checkDigit(String payload) {
        for (char c = '0'; c <= '9'; c++) {
            if (valid(payload + c)) {
                return c;
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }
}
