package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Context raises and lowers confidence, explanations say why, samples are recognised, allow-lists drop values. */
class ContextAndSamplesTest {

    private final TextDetectors catalogue = TextDetectors.defaults(Fixtures.TODAY);

    private Detection only(String text, FindingType type) {
        List<Detection> found = catalogue.detect(text).stream().filter(d -> d.type() == type).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aContextWordRaisesConfidenceAndIsExplained() {
        Detection d = only("Pay with card 4556 7375 8689 9855 today", FindingType.PAYMENT_CARD);
        assertThat(d.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(d.explanation()).contains("Luhn check passed").contains("context word 'card' 1 characters before");
    }

    @Test
    void withoutContextAGroupedCardIsMedium() {
        assertThat(only("4556 7375 8689 9855", FindingType.PAYMENT_CARD).confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aBusinessWordLowersConfidence() {
        Detection d = only("Invoice 4556 7375 8689 9855", FindingType.PAYMENT_CARD);
        assertThat(d.confidence()).isEqualTo(Confidence.LOW);
        assertThat(d.explanation()).contains("lowered by context word 'invoice'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Card 4111 1111 1111 1111", "SSN 078-05-1120", "NINO QQ 12 34 56 C", "IBAN GB82 WEST 1234 5698 7654 32",
        "DNI 12345678Z", "CURP BOXW310820HNERXN09", "codice fiscale RSSMRA85T10A562S", "NHS number 999 000 0018"})
    void publishedSampleValuesAreLowAndSaySo(String text) {
        List<Detection> found = catalogue.detect(text);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(d -> {
            assertThat(d.confidence()).isEqualTo(Confidence.LOW);
            assertThat(d.explanation()).containsAnyOf("sample", "test value");
        });
    }

    @Test
    void contextWordsAreWholeWords() {
        // "inn" inside "dinner" is no INN cue: 12 digits that pass the INN check stay unreported
        assertThat(catalogue.detect("dinner 500100732251")).noneMatch(d -> d.type() == FindingType.RU_INN);
    }

    @Test
    void anAllowListDropsAValueAndKeepsOthers() {
        TextDetectors allowing = TextDetectors.withCustom(Fixtures.TODAY, List.of(),
                new AllowList(java.util.Set.of("helpdesk@example.org"), List.of(Pattern.compile("A2000000\\d\\d"))));
        String text = "Write to helpdesk@example.org or j.doe@example.org; alien number A200000012, A201234567";
        assertThat(allowing.detect(text)).extracting(d -> text.substring(d.start(), d.end()))
                .containsExactlyInAnyOrder("j.doe@example.org", "A201234567");
    }
}
