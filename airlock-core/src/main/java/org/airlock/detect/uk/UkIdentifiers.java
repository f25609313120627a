package org.airlock.detect.uk;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.WeightedSums;

/** United Kingdom identifiers: National Insurance number and NHS number (UK passports: see {@code passport-number}). */
public final class UkIdentifiers {

    private UkIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(nino(), nhs());
    }

    /**
     * National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not BG,
     * GB, KN, NK, NT, TN, ZZ), six digits and A-D. QQ is HMRC's published example prefix.
     */
    public static PatternDetector nino() {
        return PatternDetector.builder(FindingType.UK_NINO,
                        "(?<![A-Za-z0-9])((?:(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D])(?![A-Za-z0-9])")
                .validation("allocated prefix letters, six digits and suffix A-D")
                .gate(6, 2).upper(3)
                .context(40, "national insurance", "nino", "ni number", "ni no", "nat ins", "n.i.")
                .withoutContext(Confidence.MEDIUM, Confidence.MEDIUM)
                .sampleWhen(v -> v.startsWith("QQ") || v.startsWith("AB123456"))
                .build();
    }

    /** NHS number: ten digits, mod 11 check digit; 999 000 0000 - 999 999 9999 is the test range. Only after a cue. */
    public static PatternDetector nhs() {
        return PatternDetector.builder(FindingType.UK_NHS_NUMBER, "(?<![\\d-]|\\d[ ])(\\d{3}([ -]?)\\d{3}\\2\\d{4})(?![\\d-]|[ ]\\d)")
                .validator(WeightedSums::nhs, "NHS mod 11 check digit passed")
                .gate(10, 3)
                .context(40, "nhs", "nhs number", "nhs no", "health service", "patient", "chi number")
                .contextRequired()
                .sampleWhen(v -> v.startsWith("999"))
                .build();
    }
}
