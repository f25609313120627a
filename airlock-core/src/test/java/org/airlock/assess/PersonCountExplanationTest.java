package org.airlock.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.records.PersonRecords;
import org.junit.jupiter.api.Test;

class PersonCountExplanationTest {

    private static final Set<Category> NAME_AND_BIRTH = Set.of(Category.NAME, Category.DATE_OF_BIRTH);

    @Test
    void saysHowManyRecordsWereRepeatsOfAPersonAlreadyCounted() {
        // The same 6,252 people in a very hidden sheet and again in a pivot cache.
        List<PersonRecords> records = List.of(
                new PersonRecords(Location.of("sheet 'Detainees'"), Visibility.VERY_HIDDEN_SHEET, 6_252, NAME_AND_BIRTH),
                new PersonRecords(Location.of("pivot cache 1"), Visibility.PIVOT_CACHE, 6_252, NAME_AND_BIRTH));

        String line = Assessor.howPersonsWereCounted(records, 6_252);

        assertThat(line).startsWith("How persons were counted: 12,504 person records (table rows, text passages), "
                + "6,252 were repeats of a person already counted;").endsWith(": 6,252 distinct people.");
    }

    @Test
    void saysSoWhenNoRecordRepeatedAnother() {
        String line = Assessor.howPersonsWereCounted(List.of(
                new PersonRecords(Location.of("document body"), Visibility.VISIBLE, 1, NAME_AND_BIRTH)), 1);

        assertThat(line).contains("1 person record (table rows, text passages), none repeated another").endsWith(": 1 person.");
    }

    @Test
    void aLargerFingerprintCountIsNamedAsTheOneUsed() {
        String line = Assessor.howPersonsWereCounted(List.of(
                new PersonRecords(Location.of("sheet 'Paste'"), Visibility.VISIBLE, 2, NAME_AND_BIRTH)), 5);

        assertThat(line).contains("registry records matched by fingerprint").endsWith(": 5 distinct people.");
    }
}
