package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImmigrationStatusDetectorTest {

    private final ImmigrationStatusDetector detector = new ImmigrationStatusDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Asylum pending                                   | Asylum pending
            Withholding of removal granted in 2021           | Withholding of removal
            CAT deferral                                     | CAT deferral
            Credible fear interview scheduled                | Credible fear
            Temporary Protected Status                       | Temporary Protected Status
            demandeur d'asile                                | demandeur d'asile
            sous OQTF depuis mars                            | OQTF
            orden de deportación                             | orden de deportación
            solicitante de asilo                             | solicitante de asilo
            Ensured return                                   | Ensured return
            """)
    void findsImmigrationStatusTerms(String text, String expected) {
        assertThat(Detections.matches(detector, text)).contains(expected);
        assertThat(detector.containsTerm(text)).isTrue();
        assertThat(Detections.run(detector, text)).allMatch(d -> d.type() == FindingType.IMMIGRATION_STATUS);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "Detained since March",
        "Pending review by the committee",
        "Removal van booked for Friday",
        "Departure lounge",
        "Finalorder",
        "Total",
    })
    void ignoresOrdinaryWords(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
        assertThat(detector.containsTerm(text)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "The Minister for Borders and Asylum, Helena Marsh, welcomed the report.",
        "An appeal to the Immigration and Asylum Chamber was heard in May.",
        "The Refugee Council said the figures were encouraging.",
        "Home Office Asylum Support publishes its guidance online.",
    })
    void termsInTheNameOfAnOfficeOrABodyAreNotAStatus(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rahimi, Karim. Asylum claim refused in 2021      | Asylum claim
            Status: Asylum pending                           | Asylum pending
            Karim Rahimi, Refugee, released on bond          | Refugee
            the asylum claim of the detainee was refused     | asylum claim
            """)
    void aCapitalisedTermAfterPunctuationIsStillAStatus(String text, String expected) {
        assertThat(Detections.matches(detector, text)).contains(expected);
    }
}
