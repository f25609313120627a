package org.airlock.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueNormalizerTest {

    private final ValueNormalizer normalizer = new ValueNormalizer();
    private final FieldHasher hasher = new FieldHasher(ProtectedDataset.key());

    @Test
    void namesAreOneWordSetWhateverTheOrderCaseAccentsOrColumns() {
        long reference = hasher.words("María José López García");
        assertThat(hasher.words("LOPEZ GARCIA, Maria Jose")).isEqualTo(reference);
        assertThat(hasher.words("María José", "López García")).isEqualTo(reference);
        assertThat(hasher.words("ｍａｒｉａ jose lopez garcia")).as("full-width letters (NFKC)").isEqualTo(reference);
        assertThat(hasher.words("Maria Lopez Garcia")).as("a word missing is another name").isNotEqualTo(reference);
    }

    @Test
    void otherScriptsAreTransliteratedToLatin() {
        assertThat(normalizer.words("Иван Петров")).containsExactly("ivan", "petrov");
        assertThat(hasher.words("Петров, Иван")).isEqualTo(hasher.words("Ivan Petrov"));
        assertThat(normalizer.words("王伟")).containsExactly("wang", "wei");
        assertThat(hasher.words("王伟")).isEqualTo(hasher.words("Wei WANG"));
        assertThat(normalizer.words("محمد رضایی")).isNotEmpty().allMatch(w -> w.chars().allMatch(c -> c < 128));
    }

    @Test
    void datesInCommonFormatsAreOneDay() {
        LocalDate day = LocalDate.of(1985, 3, 15);
        for (String s : new String[] {"1985-03-15", "15/03/1985", "03/15/1985", "15.03.1985", "15 March 1985", "March 15, 1985",
            "15-Mar-1985", "Mar. 15th 1985", "19850315", "1985-03-15T00:00:00", "15/03/85"}) {
            assertThat(ValueNormalizer.dates(s)).as(s).contains(day);
        }
        assertThat(ValueNormalizer.dates("03/04/1985")).as("ambiguous: both readings")
                .containsExactlyInAnyOrder(LocalDate.of(1985, 4, 3), LocalDate.of(1985, 3, 4));
        assertThat(ValueNormalizer.dates("31/02/1985")).isEmpty();
        assertThat(ValueNormalizer.dates("Guatemala")).isEmpty();
    }

    @Test
    void identifiersLoseSeparatorsPrefixAndLeadingZeros() {
        assertThat(ValueNormalizer.identifier("A-212-345-678")).isEqualTo("212345678");
        assertThat(ValueNormalizer.identifier("a 212 345 678")).isEqualTo("212345678");
        assertThat(ValueNormalizer.identifier("212345678")).isEqualTo("212345678");
        assertThat(ValueNormalizer.identifier("A012345678")).isEqualTo("12345678");
        assertThat(ValueNormalizer.identifier("X12-B45")).isEqualTo("X12B45");
        assertThat(ValueNormalizer.identifier("Guatemala")).isNull();
    }
}
