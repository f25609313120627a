package org.airlock.detect.eu;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.CheckCharacters;

/** Spanish DNI and NIE, Italian codice fiscale, French NIR and German tax identification number. */
public final class EuropeanIdentifiers {

    private EuropeanIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(italianFiscalCode(), frenchNir(), spanishNie(), spanishDni(), germanTaxId());
    }

    public static PatternDetector spanishDni() {
        return PatternDetector.builder(FindingType.ES_DNI, "(?<![A-Za-z0-9])(\\d{8}-?[A-Z])(?![A-Za-z0-9])")
                .validator(CheckCharacters::spanishDni, "DNI check letter (mod 23) passed")
                .gate(8, 8).upper(1)
                .context(40, "dni", "nif", "d.n.i", "documento nacional", "documento de identidad")
                .withoutContext(Confidence.MEDIUM, Confidence.MEDIUM)
                .samples("12345678Z", "00000000T", "99999999R")
                .build();
    }

    public static PatternDetector spanishNie() {
        return PatternDetector.builder(FindingType.ES_NIE, "(?<![A-Za-z0-9])([XYZ]-?\\d{7}-?[A-Z])(?![A-Za-z0-9])")
                .validator(CheckCharacters::spanishNie, "NIE check letter (mod 23) passed")
                .gate(7, 7).upper(2)
                .context(40, "nie", "n.i.e", "número de identidad de extranjero", "extranjero", "tie")
                .withoutContext(Confidence.HIGH, Confidence.HIGH)
                .samples("X1234567L", "Y1234567X", "Z1234567R")
                .build();
    }

    public static PatternDetector italianFiscalCode() {
        return PatternDetector.builder(FindingType.IT_FISCAL_CODE,
                        "(?<![A-Za-z0-9])([A-Z]{6}\\d{2}[A-EHLMPR-T]\\d{2}[A-Z]\\d{3}[A-Z])(?![A-Za-z0-9])")
                .validator(CheckCharacters::italianFiscalCode, "codice fiscale check character passed")
                .gate(7, 3).upper(9)
                .context(40, "codice fiscale", "c.f.", "cod. fisc", "cf", "fiscal code", "tessera sanitaria")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .samples("RSSMRA85T10A562S", "MRARSS80A01H501T")
                .build();
    }

    public static PatternDetector frenchNir() {
        return PatternDetector.builder(FindingType.FR_NIR,
                        "(?<![\\d])([12] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2A|2B) ?\\d{3} ?\\d{3} ?\\d{2})(?!\\d)")
                .validator(CheckCharacters::frenchNir, "NIR key (97 - number mod 97) passed")
                .gate(13, 2)
                .context(40, "sécurité sociale", "securite sociale", "nir", "n° ss", "numéro de sécu", "insee", "carte vitale", "social security")
                .withoutContext(Confidence.MEDIUM, Confidence.MEDIUM)
                .samples("269054958815780", "255081416802538")
                .build();
    }

    public static PatternDetector germanTaxId() {
        return PatternDetector.builder(FindingType.DE_TAX_ID, "(?<![\\d])([1-9]\\d ?\\d{3} ?\\d{3} ?\\d{3})(?![\\d])")
                .validator(CheckCharacters::germanTaxId, "one repeated digit in the first ten and ISO 7064 MOD 11,10 check digit passed")
                .gate(11, 2)
                .context(40, "steuer-id", "steuerid", "steuer-identifikationsnummer", "steueridentifikationsnummer",
                        "identifikationsnummer", "idnr", "id-nr", "tax id", "steuernummer")
                .withoutContext(Confidence.MEDIUM, null)
                .samples("86095742719", "65929970489")
                .build();
    }
}
