package org.airlock.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.generator.PeopleGenerator;
import org.airlock.generator.Person;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static long personsIn(String text) {
        FindingCollector findings = new FindingCollector();
        RecordTally tally = new RecordTally();
        PersonIndex persons = new PersonIndex();
        new TextAnalyzer(TextDetectors.defaults(TODAY), findings, tally, persons)
                .analyze(Location.of("text"), Visibility.VISIBLE, text);
        return persons.distinct();
    }

    @Test
    void countsEveryPersonOfAListWrittenAsProse() {
        List<Person> people = new PeopleGenerator(17).people(40);
        StringBuilder text = new StringBuilder("Case review, week 12.\n");
        for (Person p : people) {
            text.append("Detainee ").append(p.givenName()).append(' ').append(p.familyName().toUpperCase())
                    .append(", DOB ").append(p.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")))
                    .append(", A-number ").append(p.aNumber()).append(".\n");
        }
        assertThat(personsIn(text.toString())).isEqualTo(40);
    }

    @Test
    void oneDetaineeNamedTwiceIsOnePerson() {
        String text = "Detainee Maria LOPEZ, DOB 03/12/1985, A-number A201234567, was moved. "
                + "Detainee Maria LOPEZ, DOB 03/12/1985, appealed.";
        assertThat(personsIn(text)).isEqualTo(1);
    }

    @Test
    void aNameWithoutAnyOtherDataIsNoRecord() {
        assertThat(personsIn("The Minister, Mr John Harrow, opened the centre on Monday.")).isZero();
    }
}
