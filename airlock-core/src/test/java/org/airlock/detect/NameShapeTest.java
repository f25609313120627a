package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a cell of a name column is shaped like a person's name. */
class NameShapeTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" (part of a name: {1})")
    @CsvSource(delimiter = '|', textBlock = """
            Maria López García                       | false
            Jean-Pierre O'Brien                      | false
            J. Smith                                 | false
            Nguyễn Văn An                            | false
            Иван Петров                              | false
            Олена Коваленко                          | false
            محمد رضایی                               | false
            王小明                                    | false
            李                                        | true
            Moldovan                                 | true
            Smith                                    | true
            Pierre Le gall                           | false
            Ahmad al-Hashimi                         | false
            María del Carmen de los Santos           | false
            """)
    void acceptsNamesInAnyScript(String value, boolean partOfName) {
        assertThat(NameShape.isPersonName(value, partOfName)).isTrue();
    }

    /** "Na" (娜) is a common Chinese given name; the generator draws it for Chinese women. */
    @Test
    void acceptsTheChineseGivenNameNa() {
        assertThat(NameShape.isPersonName("Na", true)).as("given-name column").isTrue();
        assertThat(NameShape.isPersonName("Na Zhao", false)).as("full-name column").isTrue();
        assertThat(NameShape.isPersonName("Na Zhao", true)).as("full-name column with a header").isTrue();
    }

    /**
     * Two given names and two surnames with their particles, as the generator writes Hispanic
     * names: seven words, of which three are particles.
     */
    @Test
    void acceptsALongHispanicNameWithParticles() {
        assertThat(NameShape.isPersonName("María del Carmen de los Santos Núñez", false)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" (part of a name: {1})")
    @CsvSource(delimiter = '|', textBlock = """
            Granite Pass Processing Center           | false
            Bellhaven County Jail                    | false
            Total                                    | false
            Total                                    | true
            MEXICO                                   | false
            El Salvador                              | false
            2013 Q1                                  | false
            Smith                                    | false
            李                                        | false
            N/A                                      | true
            Unknown                                  | true
            A201234567                               | true
            maria@example.org                        | false
            Grand Total                              | false
            """)
    void refusesLabelsPlacesAndCodes(String value, boolean partOfName) {
        assertThat(NameShape.isPersonName(value, partOfName)).isFalse();
    }

    /** Prose with lower-case words that are no particles is not a name, wherever the lower-case word stands. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Monday to Friday", "fiscal year 2023", "fiscal year", "Figures are provisional"})
    void rejectsProseWithLowerCaseWords(String value) {
        assertThat(NameShape.isPersonName(value, false)).isFalse();
        assertThat(NameShape.isPersonName(value, true)).isFalse();
    }
}
