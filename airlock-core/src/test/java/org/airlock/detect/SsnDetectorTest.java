package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsnDetectorTest {

    private final SsnDetector detector = new SsnDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            123-45-6788                          | 123-45-6788 | MEDIUM
            123 45 6788                          | 123 45 6788 | MEDIUM
            SSN: 123-45-6788                     | 123-45-6788 | HIGH
            SSN 123456788                        | 123456788   | HIGH
            Social security no. 123456788        | 123456788   | HIGH
            his ss# is 665-12-3456, please check | 665-12-3456 | HIGH
            899-99-9999                          | 899-99-9999 | MEDIUM
            """)
    void findsSocialSecurityNumbers(String text, String expected, Confidence confidence) {
        assertThat(Detections.run(detector, text)).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(expected);
            assertThat(d.confidence()).isEqualTo(confidence);
            assertThat(d.type()).isEqualTo(FindingType.US_SSN);
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "000-12-3456",                       // area 000 never issued
        "666-12-3456",                       // area 666 never issued
        "900-12-3456",                       // areas 900-999 never issued
        "999-12-3456",
        "123-00-4567",                       // group 00 never issued
        "123-45-0000",                       // serial 0000 never issued
        "Invoice 123456788",                 // bare nine digits without context
        "Account code 410020315",
        "123-45-67890",                      // too long
        "2023-45-6788",
        "123-45 6788",                       // mixed separators
        "Tel. 123-456-7890",
        "SSN: 000-00-0000",
    })
    void ignoresWhatIsNotAnIssuedSsn(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"078-05-1120", "SSN 078051120", "219-09-9999", "457-55-5462"})
    void reportsPublishedSampleNumbersAtLowConfidence(String text) {
        assertThat(Detections.run(detector, text)).singleElement().satisfies(d -> {
            assertThat(d.confidence()).isEqualTo(Confidence.LOW);
            assertThat(d.explanation()).contains("sample");
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"123456788", "123-45-6788", " 123 45 6788 "})
    void recognisesACellOfAnSsnColumn(String cell) {
        Detection d = detector.recognizeCell(cell);
        assertThat(d).isNotNull();
        assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"000123456", "666123456", "912345678", "123004567", "123450000", "12345678", "n/a"})
    void refusesACellThatIsNotAnIssuedSsn(String cell) {
        assertThat(detector.recognizeCell(cell)).isNull();
    }

    @Test
    void recognisesASampleNumberInACellAtLowConfidence() {
        assertThat(detector.recognizeCell("078051120").confidence()).isEqualTo(Confidence.LOW);
    }
}
