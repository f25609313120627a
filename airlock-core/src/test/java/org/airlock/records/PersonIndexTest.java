package org.airlock.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonIndexTest {

    @Test
    void startsEmpty() {
        assertThat(new PersonIndex().distinct()).isZero();
    }

    @Test
    void countsTheSamePersonOnce() {
        PersonIndex index = new PersonIndex();
        index.add("name:maria lopez garcia|1985-03-12");
        index.add("name:maria lopez garcia|1985-03-12");
        index.add("us-a-number:a201234567");
        index.add("name:maria lopez garcia|1985-03-13");
        index.add("us-a-number:a201234567");
        assertThat(index.distinct()).isEqualTo(3);
    }

    @Test
    void countsManyPeopleSeenSeveralTimesEach() {
        PersonIndex index = new PersonIndex();
        // 5,000 people, each seen three times in a scattered order (a sheet, a pivot cache, a comment).
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                int person = (i * 7_919 + round * 13) % 5_000;
                index.add("us-a-number:a" + (200_000_000 + person));
            }
        }
        assertThat(index.distinct()).isEqualTo(5_000);
    }

    @Test
    void keepsCountingAfterBeingAsked() {
        PersonIndex index = new PersonIndex();
        for (int i = 0; i < 3_000; i++) {
            index.add("person " + i);
        }
        assertThat(index.distinct()).isEqualTo(3_000);
        for (int i = 1_500; i < 4_500; i++) {
            index.add("person " + i);
        }
        assertThat(index.distinct()).isEqualTo(4_500);
        assertThat(index.distinct()).as("asking twice changes nothing").isEqualTo(4_500);
    }

    @Test
    void tellsKeysApartByEveryCharacter() {
        PersonIndex index = new PersonIndex();
        index.add("name:李娜|1990-01-01");
        index.add("name:李明|1990-01-01");
        index.add("name:Иван|1990-01-01");
        index.add("name:ivan|1990-01-01");
        assertThat(index.distinct()).isEqualTo(4);
        assertThat(PersonIndex.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(PersonIndex.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }
}
