package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ANumberDetectorTest {

    private final ANumberDetector detector = new ANumberDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A123456789                              | A123456789
            A-123-456-789                           | A-123-456-789
            A#123456789                             | A#123456789
            A# 123 456 789                          | A# 123 456 789
            A12345678                               | A12345678
            Alien number A 098-765-432 on file      | A 098-765-432
            Detainee (A201234567) was released      | A201234567
            """)
    void findsANumbers(String text, String expected) {
        List<Detection> found = Detections.run(detector, text);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(expected);
            assertThat(d.type()).isEqualTo(FindingType.US_A_NUMBER);
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "A312345678",                                   // 3xx million: not issued
        "A999999999",
        "A000000000",
        "A1234567890",                                  // ten digits
        "BA123456789",                                  // part of a longer code
        "Case 123456789 was closed in April",           // nine digits, no A
        "Account 210987654",                            // nine digits in the range, no A
        "0F8FAD5B-D9CB-469F-A165-70867728950E",         // UUID with an A before digits
        "urn:uuid:A9876543-2101-4cde-8f00-123456789abc",
        "Ax123456789",
    })
    void ignoresWhatIsNotAnANumber(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }

    @Test
    void isSurerWithAContextWordBeforeTheNumber() {
        assertThat(Detections.run(detector, "A-number: A201234567")).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isEqualTo(Confidence.HIGH));
        assertThat(Detections.run(detector, "Ref A201234567")).singleElement()
                .satisfies(d -> assertThat(d.confidence()).isEqualTo(Confidence.MEDIUM));
    }

    @Test
    void findsEveryANumberInAPassage() {
        assertThat(Detections.matches(detector, "Family members A201234567, A-202-345-678 and A#203456789."))
                .containsExactly("A201234567", "A-202-345-678", "A#203456789");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"123456789", "A123456789", "A-123-456-789", " 201 234 567 ", "12345678"})
    void recognisesACellOfAnANumberColumnWithOrWithoutTheLetter(String cell) {
        Detection d = detector.recognizeCell(cell);
        assertThat(d).isNotNull();
        assertThat(d.type()).isEqualTo(FindingType.US_A_NUMBER);
        assertThat(d.end()).isEqualTo(cell.length());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"312345678", "000000000", "A12345", "1234567890", "Pending", "A123456789 and more"})
    void refusesACellThatIsNotAnANumber(String cell) {
        assertThat(detector.recognizeCell(cell)).isNull();
    }
}
