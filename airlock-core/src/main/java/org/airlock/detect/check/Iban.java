package org.airlock.detect.check;

import java.util.Map;

/** IBAN validation: the country's length (ISO 13616 registry) and the MOD 97-10 check. */
public final class Iban {

    /** IBAN lengths by country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28),
            Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
            Map.entry("VG", 24), Map.entry("XK", 20));

    private Iban() {
    }

    /** Whether {@code value} (no spaces, upper case) is a valid IBAN. */
    public static boolean valid(String value) {
        if (value.length() < 15 || value.length() > 34) {
            return false;
        }
        Integer length = LENGTHS.get(value.substring(0, 2));
        if (length == null || length != value.length()) {
            return false;
        }
        String rotated = value.substring(4) + value.substring(0, 4);
        return Iso7064.mod97(rotated) == 1;
    }

    /** The IBAN length of a country, or -1 when the country has no IBAN. */
    public static int length(String country) {
        return LENGTHS.getOrDefault(country, -1);
    }

    /** The two check digits for a country code and a basic bank account number. */
    public static String checkDigits(String country, String bban) {
        int r = Iso7064.mod97(bban + country + "00");
        int check = 98 - r;
        return check < 10 ? "0" + check : Integer.toString(check);
    }
}
