package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are libphonenumber's own example numbers for each plan: valid, and nobody's. */
class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector("US");

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Call (201) 555-0123 after 5pm           | (201) 555-0123
            mobile: +1 201-555-0123                 | +1 201-555-0123
            UK office +44 121 234 5678              | +44 121 234 5678
            Paris : +33 1 23 45 67 89               | +33 1 23 45 67 89
            201.555.0123                            | 201.555.0123
            """)
    void findsValidTelephoneNumbers(String text, String expected) {
        assertThat(Detections.matches(detector, text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "12345",
        "Room 12, floor 3",
        "+1 000 000 0000",
        "Book-ins rose from 1200 to 1350",
        "Period 2023-2024",
        "Account code 410020315",
    })
    void ignoresWhatIsNotATelephoneNumber(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }
}
