package org.airlock.detect.check;

/**
 * ISO/IEC 7064 check characters: MOD 11-2 (Chinese resident identity numbers, X for ten), hybrid
 * MOD 11,10 (German tax identification numbers) and MOD 97-10 (IBAN).
 */
public final class Iso7064 {

    private Iso7064() {
    }

    /** Whether 17 digits followed by a check character (digit or X) pass MOD 11-2. */
    public static boolean mod11_2(String value) {
        return value.length() >= 2 && mod11_2Check(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1);
    }

    /** The MOD 11-2 check character for {@code digits}. */
    public static char mod11_2Check(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return '?';
            }
            sum = ((sum + d) * 2) % 11;
        }
        int check = (12 - sum) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** Whether digits followed by their check digit pass the hybrid MOD 11,10. */
    public static boolean mod11_10(String value) {
        return value.length() >= 2 && mod11_10Check(value.substring(0, value.length() - 1)) == value.charAt(value.length() - 1);
    }

    /** The hybrid MOD 11,10 check digit for {@code digits}. */
    public static char mod11_10Check(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return '?';
            }
            int sum = (d + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return (char) ('0' + (check == 10 ? 0 : check));
    }

    /**
     * The remainder modulo 97 of an alphanumeric string read as a number with letters as 10..35
     * (A=10), as IBAN validation computes it. Returns -1 on any other character.
     */
    public static int mod97(CharSequence value) {
        int r = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                r = (r * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                r = (r * 100 + (c - 'A' + 10)) % 97;
            } else {
                return -1;
            }
        }
        return r;
    }
}
