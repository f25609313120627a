package org.airlock.detect.americas;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.CheckCharacters;

/** Mexican CURP and Canadian SIN (United States identifiers: {@code org.airlock.detect.us}). */
public final class AmericanIdentifiers {

    private AmericanIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(curp(), canadianSin());
    }

    /** CURP: initials, birth date, sex, state, consonants, homonym character and check digit. */
    public static PatternDetector curp() {
        return PatternDetector.builder(FindingType.MX_CURP,
                        "(?<![A-Za-z0-9])([A-Z][AEIOUX][A-Z]{2}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[HMX]"
                                + "(?:AS|B[CS]|C[CLMSH]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS|NE)"
                                + "[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d)(?![A-Za-z0-9])")
                .validator(CheckCharacters::mexicanCurp, "CURP state code, birth date and check digit passed")
                .gate(7, 6).upper(10)
                .context(40, "curp", "clave única", "clave unica", "registro de población")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .samples("BOXW310820HNERXN09")
                .build();
    }

    public static PatternDetector canadianSin() {
        return PatternDetector.builder(FindingType.CA_SIN, "(?<![\\d-]|\\d[ ])(\\d{3}([ -]?)\\d{3}\\2\\d{3})(?![\\d-]|[ ]\\d)")
                .validator(CheckCharacters::canadianSin, "Luhn check passed, first digit not 0 or 8")
                .gate(9, 3)
                .context(40, "sin", "social insurance", "numéro d'assurance sociale", "assurance sociale", "nas")
                .contextRequired()
                .samples("046454286", "123456782")
                .build();
    }
}
