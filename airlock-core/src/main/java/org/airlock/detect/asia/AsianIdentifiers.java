package org.airlock.detect.asia;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.CheckCharacters;
import org.airlock.detect.check.Verhoeff;
import org.airlock.detect.check.WeightedSums;

/**
 * Indian Aadhaar and PAN, Chinese resident identity numbers and Iranian national ids ("in" cannot
 * be a Java package name, so Asia's identifiers share this package).
 */
public final class AsianIdentifiers {

    private AsianIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(chineseResidentId(), indianPan(), aadhaar(), iranNationalId());
    }

    public static PatternDetector chineseResidentId() {
        return PatternDetector.builder(FindingType.CN_RESIDENT_ID,
                        "(?<![\\d])([1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx])(?![\\dA-Za-z])")
                .validator(CheckCharacters::chineseResidentId, "real birth date and ISO 7064 MOD 11-2 check character passed")
                .gate(17, 17)
                .context(40, "身份证", "身份证号", "公民身份号码", "居民身份证", "resident id", "id card", "identity card")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .samples("11010519491231002X", "110101199003074477")
                .build();
    }

    /** PAN of a person: 3 letters, P (individual), the surname's initial, 4 digits, a letter. */
    public static PatternDetector indianPan() {
        return PatternDetector.builder(FindingType.IN_PAN, "(?<![A-Za-z0-9])([A-Z]{3}P[A-Z]\\d{4}[A-Z])(?![A-Za-z0-9])")
                .validation("PAN format with holder type P (an individual)")
                .gate(4, 4).upper(6)
                .context(40, "pan", "permanent account number", "income tax", "पैन")
                .withoutContext(Confidence.MEDIUM, Confidence.MEDIUM)
                .samples("ABCPE1234F", "AAAPZ1234C", "ABCPD1234E")
                .build();
    }

    public static PatternDetector aadhaar() {
        return PatternDetector.builder(FindingType.IN_AADHAAR, "(?<![\\d-]|\\d[ ])([2-9]\\d{3}([ -]?)\\d{4}\\2\\d{4})(?![\\d-]|[ ]\\d)")
                .validator(Verhoeff::valid, "Verhoeff check digit passed, first digit 2-9")
                .gate(12, 4)
                .context(40, "aadhaar", "aadhar", "आधार", "uidai", "uid", "enrolment")
                .withoutContext(Confidence.MEDIUM, null)
                .samples("234123412346", "999941057058", "499118665246")
                .build();
    }

    public static PatternDetector iranNationalId() {
        return PatternDetector.builder(FindingType.IR_NATIONAL_ID, "(?<![\\d-])(\\d{3}-?\\d{6}-?\\d)(?![\\d-])")
                .validator(WeightedSums::iranNationalId, "Iranian national id check digit (mod 11) passed")
                .gate(10, 1)
                .context(40, "کد ملی", "کدملی", "شماره ملی", "کارت ملی", "national id", "national code", "melli", "code melli", "kod-e melli")
                .contextRequired()
                .build();
    }
}
