package org.airlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.airlock.detect.FindingType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskTest {

    @ParameterizedTest(name = "[{index}] {0} \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PERSON_NAME       | John Doe                 | J*** D**
            PERSON_NAME       | Maria LOPEZ GARCIA       | M**** L**** G*****
            PERSON_NAME       | Jean-Pierre O'Brien      | J***-P***** O'B****
            PERSON_NAME       | Иван Петров              | И*** П*****
            US_A_NUMBER       | A123456789               | A*****6789
            US_A_NUMBER       | A-123-456-789            | A-***-**6-789
            US_SSN            | 123-45-6788              | 1**-**-6788
            PASSPORT_NUMBER   | X1234567                 | X***4567
            PHONE_NUMBER      | (201) 555-0123           | (2**) ***-0123
            EMAIL_ADDRESS     | maria.lopez@example.org  | m****.l****@e******.org
            EMAIL_ADDRESS     | j@mail.example.co.uk     | j@m***.e******.c*.uk
            DATE_OF_BIRTH     | 1985-03-12               | 1***-**-**
            DATE_OF_BIRTH     | 12/03/1985               | 1*/**/****
            NATIONALITY       | GUATEMALA                | G********
            """)
    void masksEvidence(FindingType type, String value, String masked) {
        assertThat(Mask.mask(type, value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            US_A_NUMBER    | A201234567
            US_SSN         | 123-45-6788
            PERSON_NAME    | Maria Lopez
            EMAIL_ADDRESS  | maria.lopez@example.org
            DATE_OF_BIRTH  | 1985-03-12
            """)
    void neverGivesTheValueBack(FindingType type, String value) {
        String masked = Mask.mask(type, value);
        assertThat(masked).isNotEqualTo(value).hasSameSizeAs(value).contains("*");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"PERSON_NAME", "US_A_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH"})
    void masksNothingToNothing(FindingType type) {
        assertThat(Mask.mask(type, null)).isEmpty();
        assertThat(Mask.mask(type, "")).isEmpty();
    }
}
