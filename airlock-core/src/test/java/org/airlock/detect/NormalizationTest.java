package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

/** Evasion and accident: the value is found, and the span points into the original text. */
class NormalizationTest {

    private final TextDetectors catalogue = TextDetectors.defaults(Fixtures.TODAY);

    private List<String> found(String text) {
        return catalogue.detect(text).stream().map(d -> d.type().id() + "=" + text.substring(d.start(), d.end())).toList();
    }

    @Test
    void fullWidthDigitsAreDigits() {
        assertThat(found("Applicant SSN ５２４-８３-０３８４ on file.")).contains("us-ssn=５２４-８３-０３８４");
    }

    @Test
    void aCyrillicLetterAInAnANumberIsTheLetterA() {
        assertThat(found("Alien number \u0410201234567 was released.")).contains("us-a-number=\u0410201234567");
    }

    @Test
    void zeroWidthSpacesInsideAValueAreIgnoredAndKeptInTheSpan() {
        assertThat(found("DNI 123\u200B45678Z del interesado, DNI 4\u200B8213765S")).contains("es-dni=4\u200B8213765S");
    }

    @Test
    void nonBreakingSpacesAndHyphensAreSeparators() {
        assertThat(found("Applicant SSN 524\u201183\u20110384, IBAN DE89\u00a03704\u00a00044\u00a00532\u00a01301\u00a007"))
                .contains("us-ssn=524\u201183\u20110384");
    }

    @Test
    void arabicIndicDigitsAreDigits() {
        // Persian digits ۰-۹ in an Iranian national id after its cue
        assertThat(found("کد ملی ۰۴۹۹۳۷۰۸۹۹ ثبت شد.")).contains("ir-national-id=۰۴۹۹۳۷۰۸۹۹");
    }

    @Test
    void russianWordsKeepTheirLetters() {
        NormalizedText n = TextNormalizer.normalize("Паспорт серии 4510 номер 123456");
        assertThat(n.text()).isEqualTo("Паспорт серии 4510 номер 123456");
    }

    @Test
    void asciiTextIsReturnedUnchanged() {
        NormalizedText n = TextNormalizer.normalize("plain text 123");
        assertThat(n.changed()).isFalse();
    }
}
