package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalityDetectorTest {

    private final NationalityDetector detector = new NationalityDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nationality: Guatemalan                          | Guatemalan
            nationality GUATEMALA                            | GUATEMALA
            a citizen of El Salvador since birth             | El Salvador
            Country of citizenship: HONDURAS                 | HONDURAS
            nationalité : marocaine                          | marocaine
            nacionalidad: mexicana                           | mexicana
            гражданство: Россия                              | Россия
            """)
    void findsANationalityAfterACue(String text, String expected) {
        assertThat(Detections.matches(detector, text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "Flights to Guatemala resumed in May",     // a country in prose is not personal data
        "Nationality: unknown",
        "Nationality: not recorded",
        "citizenship ceremony held on Friday",
        "MEXICO",
    })
    void ignoresCountriesWithoutACueAndCuesWithoutACountry(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }

    @Test
    void knowsCountriesAndNationalitiesInManyLanguagesAndScripts() {
        Countries countries = Countries.instance();
        assertThat(countries.isNationality("MEXICO")).isTrue();
        assertThat(countries.isNationality("Mexican")).isTrue();
        assertThat(countries.isNationality("Mexique")).isTrue();
        assertThat(countries.isNationality("Мексика")).isTrue();
        assertThat(countries.isNationality("El Salvador")).isTrue();
        assertThat(countries.isNationality("afghane")).isTrue();
        assertThat(countries.isNationality("Granite Pass")).isFalse();
        assertThat(countries.isNationality("Total")).isFalse();
        assertThat(countries.isNationality("M")).isFalse();
        assertThat(countries.isIsoCode("GTM")).isTrue();
        assertThat(countries.isIsoCode("mx")).isTrue();
        assertThat(countries.isIsoCode("XYZ")).isFalse();
    }
}
