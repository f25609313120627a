package org.airlock.detect.us;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;

/**
 * United States identifiers beyond the SSN and A-number (which have their own detectors): ITIN,
 * USCIS receipt numbers, I-94 admission numbers and driver's licence numbers.
 */
public final class UsIdentifiers {

    private UsIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(uscisReceipt(), itin(), i94(), driversLicense());
    }

    /** ITIN: 9XX-GG-SSSS with the group in 50-65, 70-88, 90-92 or 94-99 (IRS). */
    public static PatternDetector itin() {
        return PatternDetector.builder(FindingType.US_ITIN,
                        "(?<![\\d-])(9\\d{2}([- ]?)(?:5\\d|6[0-5]|7\\d|8[0-8]|9[0-24-9])\\2\\d{4})(?![\\d-])")
                .validation("9XX area with a group in the ITIN ranges (50-65, 70-88, 90-92, 94-99)")
                .gate(9, 3)
                .context(40, "itin", "taxpayer identification", "tax id", "tin", "número de identificación personal del contribuyente")
                .withoutContext(Confidence.MEDIUM, null)
                .build();
    }

    /** USCIS receipt numbers: a service-centre code (EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC) and 10 digits. */
    public static PatternDetector uscisReceipt() {
        return PatternDetector.builder(FindingType.US_USCIS_RECEIPT,
                        "(?<![A-Za-z0-9])((?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|ZLA|ZSF|ZNY|ZHN)[- ]?\\d{10})(?![A-Za-z0-9])")
                .validation("service-centre prefix and 10 digits of a USCIS receipt number")
                .gate(10, 10).upper(3)
                .context(40, "receipt", "uscis", "case number", "i-797", "recibo", "número de caso")
                .withoutContext(Confidence.HIGH, Confidence.HIGH).lowerByWords(false)
                .build();
    }

    /** I-94 admission numbers: 11 digits, or 9 digits, a letter and a digit (since 2013); only after a cue. */
    public static PatternDetector i94() {
        return PatternDetector.builder(FindingType.US_I94, "(?<![A-Za-z0-9])(\\d{9}[A-Z]\\d|\\d{11})(?![A-Za-z0-9])")
                .validation("11 characters in an I-94 admission number format")
                .gate(9, 9)
                .context(40, "i-94", "i94", "admission number", "admission record", "arrival/departure", "arrival record")
                .contextRequired()
                .build();
    }

    /** Driver's licence numbers: state formats vary (1-2 letters and 4-14 digits, 7-12 digits, A000-0000-0000); only after a cue. */
    public static PatternDetector driversLicense() {
        return PatternDetector.builder(FindingType.US_DRIVERS_LICENSE,
                        "(?<![A-Za-z0-9])([A-Z]{1,2}\\d{4,14}|\\d{7,12}|[A-Z]\\d{3}-\\d{4}-\\d{4}|[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}-\\d)(?![A-Za-z0-9])")
                .validation("a state driver's licence format")
                .gate(4, 3)
                .context(40, "driver's license", "driver license", "drivers license", "driver's licence", "driving licence",
                        "dl#", "dl no", "dl number", "licencia de conducir", "licencia de manejo", "permis de conduire")
                .contextRequired()
                .build();
    }
}
