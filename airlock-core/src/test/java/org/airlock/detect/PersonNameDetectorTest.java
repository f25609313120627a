package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameDetectorTest {

    private final PersonNameDetector detector = new PersonNameDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Detainee Maria LOPEZ GARCIA                       | Maria LOPEZ GARCIA
            Mme Nadia Haddad                                  | Nadia Haddad
            Applicant: Jean-Pierre O'Brien                    | Jean-Pierre O'Brien
            Name: Иван Петров                                 | Иван Петров
            Kofi Mensah (DOB 01/02/1990)                      | Kofi Mensah
            Sra. Lucía Fernández Ruiz, domiciliada en Madrid  | Lucía Fernández Ruiz
            Mr. Smith was released                            | Smith
            """)
    void findsNamesAfterACue(String text, String expected) {
        assertThat(Detections.matches(detector, text)).containsExactly(expected);
        assertThat(Detections.run(detector, text)).allMatch(d -> d.type() == FindingType.PERSON_NAME);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "Detainee numbers rose in March",
        "Name: Granite Pass Processing Center",
        "Nom: TOTAL",
        "Mexico City office reopened",          // no cue
        "Lopez Group moved to Austin",          // capitalised words before an organisation word
        "Client: N/A",
    })
    void ignoresWordsThatAreNotACuedName(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }
}
