package org.airlock.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonIndexTest {

    private static long key(String... parts) {
        PersonKey key = new PersonKey();
        for (String part : parts) {
            key.add(part);
        }
        return key.value();
    }

    @Test
    void startsEmpty() {
        assertThat(new PersonIndex().distinct()).isZero();
    }

    @Test
    void countsTheSamePersonOnce() {
        PersonIndex index = new PersonIndex();
        index.add(key("maria lopez garcia", "1985-03-12"));
        index.add(key("maria lopez garcia", "1985-03-12"));
        index.add(key("us-a-number", "A201234567"));
        index.add(key("maria lopez garcia", "1985-03-13"));
        index.add(key("us-a-number", "A201234567"));
        assertThat(index.distinct()).isEqualTo(3);
    }

    @Test
    void countsManyPeopleSeenSeveralTimesEach() {
        PersonIndex index = new PersonIndex();
        // 5,000 people, each seen three times in a scattered order (a sheet, a pivot cache, a comment).
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                int person = (i * 7_919 + round * 13) % 5_000;
                index.add(key("us-a-number", "A" + (200_000_000 + person)));
            }
        }
        assertThat(index.distinct()).isEqualTo(5_000);
    }

    @Test
    void keepsCountingAfterBeingAsked() {
        PersonIndex index = new PersonIndex();
        for (int i = 0; i < 3_000; i++) {
            index.add(key("person " + i));
        }
        assertThat(index.distinct()).isEqualTo(3_000);
        for (int i = 1_500; i < 4_500; i++) {
            index.add(key("person " + i));
        }
        assertThat(index.distinct()).isEqualTo(4_500);
        assertThat(index.distinct()).as("asking twice changes nothing").isEqualTo(4_500);
    }

    @Test
    void tellsKeysApartByEveryCharacter() {
        PersonIndex index = new PersonIndex();
        index.add(key("李娜", "1990-01-01"));
        index.add(key("李明", "1990-01-01"));
        index.add(key("Иван", "1990-01-01"));
        index.add(key("ivan", "1990-01-01"));
        assertThat(index.distinct()).isEqualTo(4);
    }

    @Test
    void foldsCaseAccentsAndSeparatorsLikeTheVocabulary() {
        assertThat(key("MARÍA  López-García")).isEqualTo(key("maria lopez garcia"));
        assertThat(key("LOPEZ, Maria")).isEqualTo(key("lopez maria"));
        assertThat(key("ab", "c")).isNotEqualTo(key("a", "bc"));
    }

    @Test
    void isFnv1aOverTheFoldedCharactersWithASeparatorPerPart() {
        assertThat(new PersonKey().value()).isEqualTo(0xcbf29ce484222325L);
        // FNV-1a of "a|": the published 64-bit FNV-1a of "a" is 0xaf63dc4c8601ec8c, then '|' is mixed in.
        long expected = (0xaf63dc4c8601ec8cL ^ '|') * 0x100000001b3L;
        assertThat(key("A")).isEqualTo(expected);
    }
}
