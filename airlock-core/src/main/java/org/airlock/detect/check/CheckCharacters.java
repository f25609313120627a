package org.airlock.detect.check;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * National identifiers that end in a check character computed from the rest: Spanish DNI and NIE
 * (letter mod 23), Italian codice fiscale (odd/even tables mod 26), Mexican CURP (weighted mod 10),
 * French NIR (key 97 - n mod 97), German tax id (ISO 7064 MOD 11,10 plus the digit-repetition
 * rule), Chinese resident id (ISO 7064 MOD 11-2 plus a real birth date) and Canadian SIN (Luhn).
 */
public final class CheckCharacters {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";

    private CheckCharacters() {
    }

    /** Spanish DNI: 8 digits and the letter of their value mod 23. */
    public static boolean spanishDni(String v) {
        return v.length() == 9 && WeightedSums.digits(v.substring(0, 8), 8)
                && DNI_LETTERS.charAt(Integer.parseInt(v.substring(0, 8)) % 23) == v.charAt(8);
    }

    /** Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the DNI letter of the whole. */
    public static boolean spanishNie(String v) {
        if (v.length() != 9) {
            return false;
        }
        int lead = "XYZ".indexOf(v.charAt(0));
        return lead >= 0 && spanishDni(lead + v.substring(1));
    }

    /** The DNI letter for eight digits. */
    public static char dniLetter(String eightDigits) {
        return DNI_LETTERS.charAt(Integer.parseInt(eightDigits) % 23);
    }

    /** Italian codice fiscale: 15 characters and a check letter. */
    public static boolean italianFiscalCode(String v) {
        return v.length() == 16 && fiscalCodeCheck(v.substring(0, 15)) == v.charAt(15);
    }

    /** The check letter of the first 15 characters of a codice fiscale. */
    public static char fiscalCodeCheck(String first15) {
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            char c = first15.charAt(i);
            int index = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
            if (index < 0) {
                return '?';
            }
            sum += i % 2 == 0 ? CF_ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    /** Mexican CURP: 17 characters and a check digit. */
    public static boolean mexicanCurp(String v) {
        return v.length() == 18 && curpCheck(v.substring(0, 17)) == v.charAt(17);
    }

    /** The check digit of the first 17 characters of a CURP. */
    public static char curpCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            int value = CURP_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return '?';
            }
            sum += value * (18 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** French NIR (numéro de sécurité sociale): 13 characters (Corsica 2A/2B) and a 2-digit key. */
    public static boolean frenchNir(String v) {
        if (v.length() != 15) {
            return false;
        }
        String key = v.substring(13);
        return WeightedSums.digits(key, 2) && nirKey(v.substring(0, 13)) == Integer.parseInt(key);
    }

    /** The key of a 13-character NIR body; -1 when the body is malformed. */
    public static int nirKey(String body) {
        String digits = body.replace("2A", "19").replace("2B", "18");
        if (!WeightedSums.digits(digits, 13)) {
            return -1;
        }
        return 97 - (int) (Long.parseLong(digits) % 97);
    }

    /**
     * German tax identification number: 11 digits, no leading zero, in the first ten exactly one
     * digit repeated (twice or three times), and the MOD 11,10 check digit.
     */
    public static boolean germanTaxId(String v) {
        if (!WeightedSums.digits(v, 11) || v.charAt(0) == '0') {
            return false;
        }
        return repetitionRule(v.substring(0, 10)) && Iso7064.mod11_10(v);
    }

    /** The digit-repetition rule of the first ten digits of a German tax id. */
    public static boolean repetitionRule(String ten) {
        int[] counts = new int[10];
        for (int i = 0; i < ten.length(); i++) {
            counts[ten.charAt(i) - '0']++;
        }
        int repeated = 0;
        for (int count : counts) {
            if (count > 3) {
                return false;
            }
            if (count >= 2) {
                repeated++;
            }
        }
        return repeated == 1;
    }

    /** Chinese resident identity number: 6-digit area, a real birth date, 3 digits, MOD 11-2 check. */
    public static boolean chineseResidentId(String v) {
        if (v.length() != 18 || !WeightedSums.digits(v.substring(0, 17), 17) || v.charAt(0) == '0') {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return Iso7064.mod11_2(v);
    }

    /** Canadian SIN: 9 digits, Luhn, first digit not 0 (unassigned) or 8 (business numbers). */
    public static boolean canadianSin(String v) {
        return WeightedSums.digits(v, 9) && v.charAt(0) != '0' && v.charAt(0) != '8' && Luhn.valid(v);
    }
}
