package org.airlock.generator;

import java.util.List;
import java.util.Random;

/**
 * Makes fictional identifiers of every type Airlock detects, valid by their own check digits, and
 * near-misses that are not (one check character changed, a reserved range, a prefix never
 * issued). The check-digit arithmetic is written again here, independently of the detectors, so
 * the evaluation set tests them rather than repeating them. Deterministic for a given
 * {@link Random}.
 */
public final class SyntheticIdentifiers {

    /** The detector ids this class makes values for. */
    public static final List<String> TYPES = List.of(
            "payment-card", "iban", "passport-mrz", "us-ssn", "us-a-number", "us-itin", "us-uscis-receipt", "us-i94",
            "us-drivers-license",
            "uk-nino", "uk-nhs-number", "ca-sin", "mx-curp", "es-dni", "es-nie", "it-fiscal-code", "fr-nir",
            "de-tax-id", "in-aadhaar", "in-pan", "cn-resident-id", "ru-inn", "ru-snils", "ir-national-id",
            "email-address", "phone-number", "ip-address", "gps-coordinates", "swift-bic");

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final Random random;

    public SyntheticIdentifiers(Random random) {
        this.random = random;
    }

    /** A valid value of {@code type}, written as people write it. */
    public String valid(String type) {
        return switch (type) {
            case "payment-card" -> card();
            case "iban" -> iban();
            case "passport-mrz" -> mrz(true);
            case "us-ssn" -> String.format("%03d-%02d-%04d", 1 + random.nextInt(665), 1 + random.nextInt(99), 1 + random.nextInt(9999));
            case "us-a-number" -> "A" + (200_000_000 + random.nextInt(50_000_000));
            case "us-itin" -> String.format("9%02d-%02d-%04d", random.nextInt(100), 70 + random.nextInt(19), 1 + random.nextInt(9999));
            case "us-uscis-receipt" -> pick("EAC", "WAC", "LIN", "SRC", "IOE") + digits(10);
            case "us-i94" -> random.nextBoolean() ? digits(9) + letters(1) + digits(1) : (1 + random.nextInt(9)) + digits(10);
            case "us-drivers-license" -> random.nextBoolean() ? letters(1) + digits(7) : digits(9);
            case "uk-nino" -> pick("CE", "JK", "MP", "SW", "TR", "WX", "HL", "JG")
                    + digits(6) + pick("A", "B", "C", "D");
            case "uk-nhs-number" -> spaced(nhs(), 3, 3);
            case "ca-sin" -> spaced(sin(), 3, 3);
            case "mx-curp" -> curp();
            case "es-dni" -> dni();
            case "es-nie" -> nie();
            case "it-fiscal-code" -> fiscalCode();
            case "fr-nir" -> nir();
            case "de-tax-id" -> germanTaxId();
            case "in-aadhaar" -> spaced(aadhaar(), 4, 4);
            case "in-pan" -> letters(3) + "P" + letters(1) + digits(4) + letters(1);
            case "cn-resident-id" -> chineseId();
            case "ru-inn" -> inn();
            case "ru-snils" -> snilsWritten(snils());
            case "ir-national-id" -> iranId();
            case "email-address" -> pick("j.doe", "maria.lopez", "a.karimi", "wei.zhang", "o.ivanova") + random.nextInt(1000)
                    + "@" + pick("example.org", "mail.example.com", "correo.example.es", "post.example.de");
            case "phone-number" -> phone();
            case "ip-address" -> pick("23", "31", "45", "62", "81", "89", "94", "145", "151", "185", "193", "212") + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
            case "gps-coordinates" -> String.format(java.util.Locale.ROOT, "%.5f, %.5f", -60 + 120 * random.nextDouble(), -170 + 340 * random.nextDouble());
            case "swift-bic" -> letters(4) + pick("DE", "FR", "GB", "ES", "IT", "MX", "IN") + pick("FF", "PP", "2L", "MM") + (random.nextBoolean() ? "" : "XXX");
            default -> throw new IllegalArgumentException("no generator for " + type);
        };
    }

    /**
     * A value that looks like {@code type} but is not valid: a wrong check character, a reserved
     * range, or a prefix never issued.
     */
    public String nearMiss(String type) {
        return switch (type) {
            case "payment-card" -> wrongLastDigit(card().replace(" ", ""));
            case "iban" -> { String v = iban().replace(" ", ""); yield v.substring(0, 2) + flipDigit(v.charAt(2)) + v.substring(3); }
            case "passport-mrz" -> mrz(false);
            case "us-ssn" -> pick("000", "666") + "-" + String.format("%02d-%04d", 1 + random.nextInt(99), 1 + random.nextInt(9999));
            case "us-a-number" -> "A" + (300_000_000 + random.nextInt(600_000_000));
            case "us-itin" -> String.format("9%02d-%02d-%04d", random.nextInt(100), pick(new int[] {10, 20, 30, 40, 89, 93}), 1 + random.nextInt(9999));
            case "us-uscis-receipt" -> pick("ABC", "XYZ", "QRS") + digits(10);
            case "us-i94" -> digits(8) + letters(2) + digits(1);
            case "us-drivers-license" -> letters(3) + "-" + letters(2);
            case "uk-nino" -> pick("BG", "GB", "NK", "TN", "DA", "FQ") + digits(6) + pick("A", "B", "C", "D");
            case "uk-nhs-number" -> spaced(wrongLastDigit(nhs()), 3, 3);
            case "ca-sin" -> spaced(wrongLastDigit(sin()), 3, 3);
            case "mx-curp" -> wrongLastDigit(curp());
            case "es-dni" -> wrongLetter(dni());
            case "es-nie" -> wrongLetter(nie());
            case "it-fiscal-code" -> wrongLetter(fiscalCode());
            case "fr-nir" -> wrongLastDigit(nir());
            case "de-tax-id" -> wrongLastDigit(germanTaxId());
            case "in-aadhaar" -> spaced(wrongLastDigit(aadhaar()), 4, 4);
            case "in-pan" -> letters(3) + pick("X", "Y", "Z") + letters(1) + digits(4) + letters(1);
            case "cn-resident-id" -> wrongLastDigit(chineseId().replace("X", "0"));
            case "ru-inn" -> wrongLastDigit(inn());
            case "ru-snils" -> snilsWritten(wrongLastDigit(snils()));
            case "ir-national-id" -> wrongLastDigit(iranId());
            case "email-address" -> pick("j.doe", "maria.lopez") + "@localhost";
            case "phone-number" -> digits(3) + "-" + digits(2);
            case "ip-address" -> (256 + random.nextInt(700)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
            case "gps-coordinates" -> String.format(java.util.Locale.ROOT, "%.5f, %.5f", 91 + 8 * random.nextDouble(), 181 + 100 * random.nextDouble());
            case "swift-bic" -> letters(4) + pick("QQ", "XZ", "JJ") + pick("FF", "PP") ;
            default -> throw new IllegalArgumentException("no generator for " + type);
        };
    }

    /** Numbers in fictional or drama ranges, written as each country writes them. */
    private String phone() {
        return switch (random.nextInt(8)) {
            case 0 -> "+44 20 7946 0" + digits(3);
            case 1 -> "(201) 555-01" + digits(2);
            case 2 -> "+33 1 " + digits(2).replaceFirst("^0", "2") + " " + digits(2) + " " + digits(2) + " " + digits(2);
            case 3 -> "+34 91" + digits(1) + " " + digits(3) + " " + digits(3);
            case 4 -> "+52 55 " + digits(4) + " " + digits(4);
            case 5 -> "+7 495 " + digits(3) + "-" + digits(2) + "-" + digits(2);
            case 6 -> "+91 98" + digits(3) + " " + digits(5);
            default -> "+49 30 " + digits(8);
        };
    }

    // ---- the check-digit schemes, from their published definitions ----

    private String card() {
        String prefix = pick("4", "51", "52", "53", "54", "55", "2221", "6011", "34", "37");
        int length = prefix.startsWith("3") ? 15 : 16;
        String body = prefix + digits(length - prefix.length() - 1);
        String number = body + luhnDigit(body);
        return length == 16 && random.nextBoolean()
                ? number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8, 12) + " " + number.substring(12)
                : number;
    }

    static char luhnDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private String iban() {
        String[][] formats = {{"DE", "18"}, {"FR", "23"}, {"ES", "20"}, {"IT", "X22"}, {"NL", "BANK10"}, {"GB", "BANK14"}, {"BE", "12"}};
        String[] f = formats[random.nextInt(formats.length)];
        String bban;
        if (f[1].startsWith("X")) {
            bban = letters(1) + digits(22);
        } else if (f[1].startsWith("BANK")) {
            bban = letters(4) + digits(Integer.parseInt(f[1].substring(4)));
        } else {
            bban = digits(Integer.parseInt(f[1]));
        }
        int check = 98 - mod97(bban + f[0] + "00");
        String iban = f[0] + (check < 10 ? "0" : "") + check + bban;
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            spaced.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
        }
        return random.nextBoolean() ? spaced.toString() : iban;
    }

    static int mod97(String s) {
        int r = 0;
        for (char c : s.toCharArray()) {
            r = Character.isDigit(c) ? (r * 10 + (c - '0')) % 97 : (r * 100 + (c - 'A' + 10)) % 97;
        }
        return r;
    }

    private String mrz(boolean valid) {
        String doc = letters(2) + digits(7);
        String nat = pick("MEX", "IRN", "RUS", "CHN", "GTM", "UTO");
        String birth = String.format("%02d%02d%02d", 50 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String expiry = String.format("%02d%02d%02d", 28 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String personal = "<<<<<<<<<<<<<<";
        String line = doc + icao(doc) + nat + birth + icao(birth) + pick("M", "F") + expiry + icao(expiry) + personal + icao(personal);
        String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
        line = line + icao(composite);
        if (!valid) {
            line = line.substring(0, 9) + (char) ('0' + (line.charAt(9) - '0' + 1) % 10) + line.substring(10);
        }
        String surname = pick("LOPEZ", "KARIMI", "IVANOVA", "ZHANG", "MENDOZA");
        String given = pick("MARIA", "REZA", "OLGA", "WEI", "JUAN");
        String line1 = ("P<" + nat + surname + "<<" + given + "<".repeat(44)).substring(0, 44);
        return line1 + "\n" + line;
    }

    static int icao(String field) {
        int[] w = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c == '<' ? 0 : c - 'A' + 10;
            sum += v * w[i % 3];
        }
        return sum % 10;
    }

    private String nhs() {
        while (true) {
            String nine = (1 + random.nextInt(8)) + digits(8);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return nine + (check == 11 ? 0 : check);
        }
    }

    private String sin() {
        String body = (1 + random.nextInt(7)) + digits(7);
        return body + luhnDigit(body);
    }

    private String curp() {
        String first17 = letters(1) + pick("A", "E", "I", "O", "U") + letters(2)
                + String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28))
                + pick("H", "M") + pick("AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "OC", "PL", "VZ", "YN")
                + pick("B", "C", "D", "F", "G", "L", "M", "N", "R", "S", "T", "Z") + pick("B", "C", "D", "F", "G", "L", "R", "Z")
                + pick("B", "C", "D", "F", "L", "M", "N", "S") + (random.nextBoolean() ? "0" : "A");
        String alphabet = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * (18 - i);
        }
        return first17 + (10 - sum % 10) % 10;
    }

    private static final String DNI = "TRWAGMYFPDXBNJZSQVHLCKE";

    private String dni() {
        String d = digits(8);
        return d + DNI.charAt(Integer.parseInt(d) % 23);
    }

    private String nie() {
        int lead = random.nextInt(3);
        String d = digits(7);
        return "XYZ".charAt(lead) + d + DNI.charAt(Integer.parseInt(lead + d) % 23);
    }

    private String fiscalCode() {
        String body = consonants(3) + consonants(3) + String.format("%02d", random.nextInt(100)) + pick("A", "B", "C", "D", "E", "H", "L", "M", "P", "R", "S", "T")
                + String.format("%02d", 1 + random.nextInt(28) + (random.nextBoolean() ? 40 : 0)) + pick("A", "F", "H", "L", "Z") + digits(3);
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = body.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[index] : index;
        }
        return body + (char) ('A' + sum % 26);
    }

    private String nir() {
        String body = (1 + random.nextInt(2)) + String.format("%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(95))
                + digits(3) + digits(3);
        int key = 97 - (int) (Long.parseLong(body) % 97);
        String v = body + String.format("%02d", key);
        return v.charAt(0) + " " + v.substring(1, 3) + " " + v.substring(3, 5) + " " + v.substring(5, 7) + " " + v.substring(7, 10)
                + " " + v.substring(10, 13) + " " + v.substring(13);
    }

    private String germanTaxId() {
        while (true) {
            StringBuilder ten = new StringBuilder();
            java.util.List<Integer> pool = new java.util.ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            java.util.Collections.shuffle(pool, random);
            // nine distinct digits, one of them twice: ten digits with exactly one repeated
            for (int i = 0; i < 9; i++) {
                ten.append(pool.get(i));
            }
            ten.insert(random.nextInt(10), ten.charAt(random.nextInt(9)));
            if (ten.charAt(0) == '0') {
                continue;
            }
            int product = 10;
            for (int i = 0; i < 10; i++) {
                int sum = (ten.charAt(i) - '0' + product) % 10;
                product = ((sum == 0 ? 10 : sum) * 2) % 11;
            }
            int check = 11 - product;
            return ten.toString() + (check == 10 ? 0 : check);
        }
    }

    private String aadhaar() {
        String body = (2 + random.nextInt(8)) + digits(10);
        for (char c = '0'; c <= '9'; c++) {
            if (verhoeff(body + c)) {
                return body + c;
            }
        }
        throw new IllegalStateException();
    }

    static boolean verhoeff(String num) {
        int[][] d = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
        int[][] p = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
        int c = 0;
        for (int i = 0; i < num.length(); i++) {
            c = d[c][p[i % 8][num.charAt(num.length() - 1 - i) - '0']];
        }
        return c == 0;
    }

    private String chineseId() {
        String body = (1 + random.nextInt(6)) + digits(5) + String.format("%04d%02d%02d", 1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)) + digits(3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum = ((sum + (body.charAt(i) - '0')) * 2) % 11;
        }
        int check = (12 - sum) % 11;
        return body + (check == 10 ? "X" : Integer.toString(check));
    }

    private String inn() {
        String ten = (1 + random.nextInt(9)) + digits(9);
        int[] w11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
        int[] w12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
        String eleven = ten + weighted(ten, w11);
        return eleven + weighted(eleven, w12);
    }

    private static int weighted(String s, int[] w) {
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += (s.charAt(i) - '0') * w[i];
        }
        return (sum % 11) % 10;
    }

    private String snils() {
        String nine = (1 + random.nextInt(8)) + digits(8);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int check = sum % 101;
        return nine + String.format("%02d", check == 100 ? 0 : check);
    }

    private static String snilsWritten(String d) {
        return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6, 9) + " " + d.substring(9);
    }

    private String iranId() {
        String nine = digits(9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    // ---- helpers ----

    private String wrongLastDigit(String v) {
        char last = v.charAt(v.length() - 1);
        char other = Character.isDigit(last) ? (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10) : '0';
        return v.substring(0, v.length() - 1) + other;
    }

    private String wrongLetter(String v) {
        char last = v.charAt(v.length() - 1);
        char other = (char) ('A' + (last - 'A' + 1 + random.nextInt(24)) % 26);
        return v.substring(0, v.length() - 1) + other;
    }

    private static char flipDigit(char c) {
        return (char) ('0' + (c - '0' + 5) % 10);
    }

    private static String spaced(String v, int first, int second) {
        return v.substring(0, first) + " " + v.substring(first, first + second) + " " + v.substring(first + second);
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private String letters(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(LETTERS.charAt(random.nextInt(26)));
        }
        return b.toString();
    }

    private String consonants(int n) {
        String c = "BCDFGHJKLMNPRSTVZ";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(c.charAt(random.nextInt(c.length())));
        }
        return b.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }
}
