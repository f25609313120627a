package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DetentionFacilityDetectorTest {

    private final DetentionFacilityDetector detector = new DetentionFacilityDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Granite Pass Processing Center                     | Granite Pass Processing Center
            transferred to Bellhaven County Jail yesterday     | Bellhaven County Jail
            Lone Juniper Detention Center                      | Lone Juniper Detention Center
            Harmondsworth Immigration Removal Centre           | Harmondsworth Immigration Removal Centre
            held at Copper Valley Correctional Center (NM)     | Copper Valley Correctional Center
            placé au centre de rétention administrative        | centre de rétention administrative
            centro de internamiento de extranjeros             | centro de internamiento de extranjeros
            """)
    void findsDetentionPlaces(String text, String expected) {
        assertThat(Detections.matches(detector, text)).containsExactly(expected);
        assertThat(detector.isFacility(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "Community Center",
        "Lincoln Shopping Center",
        "the processing center will reopen",
        "County Road 12",
        "Jail time is not recorded",
        "Facility maintenance",
    })
    void ignoresOtherPlaces(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
        assertThat(detector.isFacility(text)).isFalse();
    }
}
