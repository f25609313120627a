package org.airlock.detect.intl;

import java.util.List;
import java.util.Set;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.Iban;
import org.airlock.detect.check.Icao9303;
import org.airlock.detect.check.Luhn;

/** Identifiers used in every country: payment cards, IBAN, SWIFT/BIC and passport machine-readable zones. */
public final class InternationalIdentifiers {

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private InternationalIdentifiers() {
    }

    /** Card numbers published by card networks and payment processors for testing. */
    static final String[] TEST_CARDS = {
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4222222222222",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005",
        "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
        "3566002020360505", "30569309025904", "38520000023237", "6200000000000005"};

    public static List<TextDetector> detectors() {
        return List.of(mrz(), iban(), paymentCard(), swiftBic());
    }

    /** Passport machine-readable zone, TD3: the second line (optionally with the first) and its four check digits. */
    public static PatternDetector mrz() {
        return PatternDetector.builder(FindingType.PASSPORT_MRZ,
                        "(?<![A-Z0-9<])((?:P[A-Z<][A-Z<]{42}[ \\t]*\\r?\\n[ \\t]*)?[A-Z0-9<]{9}\\d[A-Z<]{3}\\d{6}\\d[MFX<]\\d{6}\\d[A-Z0-9<]{14}[\\d<]\\d)(?![A-Z0-9<])")
                .validator(v -> Icao9303.validTd3Line2(v.substring(v.length() - 44)),
                        "ICAO 9303 check digits of document number, birth date, expiry and composite passed")
                .gate(20, 6).filler().upper(3)
                .context(60, "passport", "mrz", "machine readable", "pasaporte", "passeport", "reisepass", "паспорт")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .samples("L898902C36UTO7408122F1204159ZE184226B<<<<<10") // the ICAO 9303 specimen
                .build();
    }

    public static PatternDetector iban() {
        return PatternDetector.builder(FindingType.IBAN,
                        "(?<![A-Za-z0-9])([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])")
                .validator(Iban::valid, "IBAN length for its country and MOD 97 check passed")
                .expectedLength(v -> v.length() < 2 ? -1 : Iban.length(v.substring(0, 2)))
                .gate(8, 2).upper(2)
                .context(40, "iban", "account", "bank", "compte", "cuenta", "konto", "conto", "счёт", "счет", "rib")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .samples("GB82WEST12345698765432", "DE89370400440532013000", "GB29NWBK60161331926819",
                        "FR1420041010050500013M02606", "ES9121000418450200051332", "NL91ABNA0417164300")
                .build();
    }

    public static PatternDetector paymentCard() {
        return PatternDetector.builder(FindingType.PAYMENT_CARD,
                        "(?<![\\d-]|\\d[ ])(\\d{4}([ -])\\d{4}\\2\\d{4}\\2\\d{4}(?:\\2\\d{3})?|\\d{4}([ -])\\d{6}\\3\\d{5}|\\d{13,19})(?![\\d-]|[ ]\\d)")
                .validator(v -> Luhn.valid(v) && knownNetwork(v), "Luhn check passed and the prefix and length of a card network")
                .gate(13, 4)
                .context(40, "card", "credit", "debit", "visa", "mastercard", "amex", "cc#", "carte", "tarjeta", "karte",
                        "kreditkarte", "carta", "карта", "карты", "картой", "карте", "卡号", "信用卡")
                .withoutContext(Confidence.MEDIUM, null)
                .samples(TEST_CARDS)
                .build();
    }

    /** Visa, Mastercard, American Express, Discover, JCB, Diners, UnionPay and Maestro prefixes with their lengths. */
    static boolean knownNetwork(String v) {
        int n = v.length();
        int two = Integer.parseInt(v.substring(0, 2));
        int four = Integer.parseInt(v.substring(0, 4));
        if (v.charAt(0) == '4') {
            return n == 13 || n == 16 || n == 19;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return n == 16;
        }
        if (two == 34 || two == 37) {
            return n == 15;
        }
        if (four == 6011 || two == 65 || (four >= 6440 && four <= 6499) || two == 62) {
            return n >= 16 && n <= 19;
        }
        if (four >= 3528 && four <= 3589) {
            return n >= 16 && n <= 19;
        }
        if (two == 36 || two == 38 || two == 39 || (four >= 3000 && four <= 3059)) {
            return n >= 14 && n <= 19;
        }
        if (two == 50 || (two >= 56 && two <= 69)) {
            return n >= 12 && n <= 19;
        }
        return false;
    }

    public static PatternDetector swiftBic() {
        return PatternDetector.builder(FindingType.SWIFT_BIC,
                        "(?<![A-Za-z0-9])([A-Z]{4}[A-Z]{2}[A-Z2-9][A-NP-Z0-9](?:[A-Z0-9]{3})?)(?![A-Za-z0-9])")
                .validator(v -> COUNTRIES.contains(v.substring(4, 6)), "bank, country (ISO 3166) and location codes")
                .upper(6)
                .context(30, "swift", "bic", "swift/bic", "bank identifier", "code banque", "código swift", "banco", "banque", "bank")
                .contextRequired()
                .build();
    }
}
