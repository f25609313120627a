package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthDetectorTest {

    private final DateOfBirthDetector detector = new DateOfBirthDetector(Fixtures.TODAY);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DOB 12/03/1985                                   | 12/03/1985
            D.O.B. 1985-03-12                                | 1985-03-12
            né le 3 mars 1985                                | 3 mars 1985
            Mme Haddad, née le 14 juillet 1979, demeurant    | 14 juillet 1979
            fecha de nacimiento: 12 de marzo de 1985         | 12 de marzo de 1985
            Date of birth: March 12, 1985                    | March 12, 1985
            born 4th July 1990 in Lagos                      | 4th July 1990
            дата рождения 12.03.1985                         | 12.03.1985
            """)
    void findsDatesOfBirthAfterAContextWord(String text, String expected) {
        assertThat(Detections.run(detector, text)).singleElement().satisfies(d -> {
            assertThat(text.substring(d.start(), d.end())).isEqualTo(expected);
            assertThat(d.type()).isEqualTo(FindingType.DATE_OF_BIRTH);
            assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "meeting on 12/03/2024",
        "period ending 31/03/2023",
        "Report published 1 March 2024",
        "Reviewed 12/03/1985 by the panel",          // an old date, but no birth cue
        "DOB 12/03/2099",                             // in the future
        "born 01/01/1850",                            // more than 120 years ago
        "born in 1985",                               // not a full date
        "DOB 31/02/1985",                             // no such day
    })
    void ignoresDatesThatAreNotBirthDates(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }

    @Test
    void needsTheContextWordCloseToTheDate() {
        String far = "DOB field left empty in the form, which was filed on 12/03/1985";
        assertThat(Detections.matches(detector, far)).isEmpty();
    }

    @Test
    void readsTheDateFormsOfPublishedTables() {
        assertThat(DateValues.parse("1985-03-12")).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(DateValues.parse("21/11/1979")).isEqualTo(LocalDate.of(1979, 11, 21));
        assertThat(DateValues.parse("11/21/1979")).isEqualTo(LocalDate.of(1979, 11, 21));
        assertThat(DateValues.parse("3 mars 1985")).isEqualTo(LocalDate.of(1985, 3, 3));
        assertThat(DateValues.parse("12 de marzo de 1985")).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(DateValues.parse("March 12, 1985")).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(DateValues.parse("14.07.1979")).isEqualTo(LocalDate.of(1979, 7, 14));
        assertThat(DateValues.parse("2013 Q1")).isNull();
        assertThat(DateValues.parse("31/02/1985")).isNull();
        assertThat(DateValues.parse("Total")).isNull();
        assertThat(DateValues.plausibleBirthDate(LocalDate.of(1985, 3, 12), Fixtures.TODAY)).isTrue();
        assertThat(DateValues.plausibleBirthDate(Fixtures.TODAY.plusDays(1), Fixtures.TODAY)).isFalse();
        assertThat(DateValues.plausibleBirthDate(Fixtures.TODAY.minusYears(121), Fixtures.TODAY)).isFalse();
    }
}
