package org.airlock.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of prose detectors, run together over one text. Where two matches overlap, the one
 * with the more specific type wins (an A-number is not also a phone number).
 */
public final class TextDetectors {

    private final List<TextDetector> detectors;

    public TextDetectors(List<TextDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The default catalogue; {@code today} bounds dates of birth. */
    public static TextDetectors defaults(LocalDate today) {
        return new TextDetectors(List.of(
                new ANumberDetector(), new SsnDetector(), new PassportDetector(), new EmailDetector(),
                new DateOfBirthDetector(today), new NationalityDetector(), new ImmigrationStatusDetector(),
                new DetentionFacilityDetector(), new GpsCoordinatesDetector(), new PersonNameDetector(),
                new PhoneDetector("US")));
    }

    public List<TextDetector> detectors() {
        return detectors;
    }

    /** Every match in {@code text}, in detector order, overlaps resolved. */
    public List<Detection> detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Detection> found = new ArrayList<>();
        for (TextDetector detector : detectors) {
            int before = found.size();
            detector.detect(text, lower, found);
            // Later (less specific) detectors lose to earlier ones on overlapping spans.
            for (int i = found.size() - 1; i >= before; i--) {
                Detection d = found.get(i);
                for (int j = 0; j < before; j++) {
                    Detection earlier = found.get(j);
                    if (earlier.start() < d.end() && d.start() < earlier.end()
                            && earlier.type().category() != Category.NAME && d.type() != FindingType.PERSON_NAME) {
                        found.remove(i);
                        break;
                    }
                }
            }
        }
        return found;
    }
}
