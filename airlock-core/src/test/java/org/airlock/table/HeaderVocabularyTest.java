package org.airlock.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderVocabularyTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Last Name                   | FAMILY_NAME
            First Name                  | GIVEN_NAME
            Full name                   | FULL_NAME
            NAME                        | FULL_NAME
            Date of Birth               | DATE_OF_BIRTH
            Date of birth (dd/mm/yyyy)  | DATE_OF_BIRTH
            DOB                         | DATE_OF_BIRTH
            Country of Citizenship      | NATIONALITY
            A-Number                    | A_NUMBER
            SSN                         | SSN
            Passport No.                | PASSPORT
            E-mail address              | EMAIL
            Detention Facility          | DETENTION_LOCATION
            Facility name               | DETENTION_LOCATION
            Case Status                 | IMMIGRATION_STATUS
            Nom                         | FULL_NAME
            Prénom                      | GIVEN_NAME
            Nom de famille              | FAMILY_NAME
            Date de naissance           | DATE_OF_BIRTH
            DATE_DE_NAISSANCE           | DATE_OF_BIRTH
            Nationalité                 | NATIONALITY
            Numéro de passeport         | PASSPORT
            Courriel                    | EMAIL
            Nombre                      | FULL_NAME
            Nombres                     | GIVEN_NAME
            Apellidos                   | FAMILY_NAME
            Fecha de nacimiento         | DATE_OF_BIRTH
            Nacionalidad                | NATIONALITY
            Correo electrónico          | EMAIL
            Estatus migratorio          | IMMIGRATION_STATUS
            """)
    void knowsWhatAHeaderAnnounces(String header, ColumnRole role) {
        assertThat(HeaderVocabulary.roleOf(header)).isEqualTo(role);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Book-In Date", "File name", "Region", "Cases", "Median days", "Account code", "Quarter",
        "Released", "Sheet name", "Nominal value"})
    void announcesNothingForOtherHeaders(String header) {
        assertThat(HeaderVocabulary.roleOf(header)).isNull();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"City", "Office", "Facility", "Cost centre", "Street address", "Ville", "Region name"})
    void knowsHeadersOfPlacesAndLabels(String header) {
        assertThat(HeaderVocabulary.namesNonPeople(header)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"Full name", "Detainee", "Nom", "Apellidos", "Given names"})
    void doesNotTakePeopleForPlaces(String header) {
        assertThat(HeaderVocabulary.namesNonPeople(header)).isFalse();
    }
}
