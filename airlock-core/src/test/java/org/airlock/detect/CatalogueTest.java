package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.airlock.generator.EvalCases;
import org.airlock.generator.SyntheticIdentifiers;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: for every catalogue type, 10 valid values and 10 near-misses (a wrong check
 * character, a reserved range, a prefix never issued) made by the generator with its own
 * arithmetic, each in a sentence with the type's cue. The valid ones must be found as that type,
 * the near-misses must not.
 */
class CatalogueTest {

    private static final TextDetectors CATALOGUE = TextDetectors.defaults(Fixtures.TODAY);

    static Stream<Arguments> valid() {
        SyntheticIdentifiers ids = new SyntheticIdentifiers(new Random(11));
        List<Arguments> out = new ArrayList<>();
        for (String type : SyntheticIdentifiers.TYPES) {
            for (int i = 0; i < 10; i++) {
                out.add(Arguments.of(type, EvalCases.sentence(type, ids.valid(type))));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> nearMisses() {
        SyntheticIdentifiers ids = new SyntheticIdentifiers(new Random(12));
        List<Arguments> out = new ArrayList<>();
        for (String type : SyntheticIdentifiers.TYPES) {
            for (int i = 0; i < 10; i++) {
                out.add(Arguments.of(type, EvalCases.sentence(type, ids.nearMiss(type))));
            }
        }
        return out.stream();
    }

    private static List<String> typesAtMedium(String text) {
        return CATALOGUE.detect(text).stream().filter(d -> d.confidence() != Confidence.LOW).map(d -> d.type().id()).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("valid")
    void findsAValidValue(String type, String sentence) {
        assertThat(typesAtMedium(sentence)).contains(type);
        assertThat(CATALOGUE.detect(sentence)).filteredOn(d -> d.type().id().equals(type))
                .allSatisfy(d -> assertThat(d.explanation()).isNotBlank());
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("nearMisses")
    void rejectsANearMiss(String type, String sentence) {
        assertThat(typesAtMedium(sentence)).doesNotContain(type);
    }
}
