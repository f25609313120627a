package org.airlock.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.airlock.detect.Category;
import org.airlock.detect.Detection;
import org.airlock.detect.FindingType;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.generator.NameScript;
import org.airlock.generator.PeopleGenerator;
import org.airlock.generator.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People in prose, detection level: generated people written in Persian, Cyrillic and Chinese
 * script with their birth dates are counted one by one with the right categories; officials named
 * in a press release are found as names and make no person record; reporting periods, publication
 * dates and fiscal years are no dates of birth.
 */
class PeopleInProseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final TextDetectors DETECTORS = TextDetectors.defaults(TODAY);

    private record Result(long persons, Set<Category> categories) {
    }

    private static Result analyze(String text) {
        FindingCollector findings = new FindingCollector();
        RecordTally tally = new RecordTally();
        PersonIndex persons = new PersonIndex();
        new TextAnalyzer(DETECTORS, findings, tally, persons).analyze(Location.of("text"), Visibility.VISIBLE, text);
        Set<Category> categories = EnumSet.noneOf(Category.class);
        tally.records().forEach(r -> categories.addAll(r.categories()));
        return new Result(persons.distinct(), categories);
    }

    private static List<Person> people(NameScript script, int count, long seed) {
        List<Person> out = new ArrayList<>();
        for (Person p : new PeopleGenerator(seed).people(count * 300)) {
            if (p.script() == script && out.size() < count) {
                out.add(p);
            }
        }
        assertThat(out).hasSize(count);
        return out;
    }

    static Stream<Arguments> scripts() {
        DateTimeFormatter dots = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter han = DateTimeFormatter.ofPattern("yyyy年M月d日");
        Function<Person, String> persian = p -> p.givenName() + " " + p.familyName() + "، تاریخ تولد " + p.dateOfBirth() + "، ملیت: ایران.";
        Function<Person, String> cyrillic = p -> p.familyName() + " " + p.givenName() + ", дата рождения " + dots.format(p.dateOfBirth())
                + ", гражданство: Россия.";
        Function<Person, String> chinese = p -> p.fullName() + "，出生日期" + han.format(p.dateOfBirth()) + "，国籍：中国。";
        return Stream.of(Arguments.of(NameScript.ARABIC, persian), Arguments.of(NameScript.CYRILLIC, cyrillic),
                Arguments.of(NameScript.HAN, chinese));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void countsPeopleNamedInTheirOwnScriptWithBirthDates(NameScript script, Function<Person, String> sentence) {
        List<Person> people = people(script, 5, 11);
        StringBuilder text = new StringBuilder();
        for (Person p : people) {
            text.append(sentence.apply(p)).append('\n');
        }
        Result result = analyze(text.toString());
        // A name or two that the dictionaries hold out may be missed; a record still needs a name.
        assertThat(result.persons()).as(text.toString()).isBetween(4L, 5L);
        assertThat(result.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY);
    }

    @Test
    void theSamePersonNamedTwiceInAPassageCountsOnce() {
        Person p = people(NameScript.LATIN, 1, 5).get(0);
        String name = p.givenName() + " " + p.familyName();
        String dob = p.dateOfBirth().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        String text = name + ", DOB " + dob + ", was moved on Monday. On Friday " + name + ", DOB " + dob + ", appealed.";
        assertThat(analyze(text).persons()).isEqualTo(1);
    }

    @Test
    void aPersonNamedAgainInListOrderWithoutABirthDateIsTheSamePerson() {
        String text = "Maria Lopez Garcia, DOB 03/12/1985, A-number A201234567, was moved to Otay Mesa on 4 May 2024."
                + " ".repeat(200) + "Later, LOPEZ GARCIA, Maria, nationality Mexico, appealed the decision.";
        assertThat(analyze(text).persons()).isEqualTo(1);
        String other = text.replace("LOPEZ GARCIA, Maria", "PEREZ RUIZ, Ana");
        assertThat(analyze(other).persons()).isEqualTo(2);
    }

    @Test
    void officialsInAPressReleaseAreNamesButNoPersonRecord() {
        String release = "Minister for Home Affairs Helena Marsh said today that the new centre would open in the spring. "
                + "Committee chair Sarah Okafor welcomed the report published on 12 April 2024. "
                + "\u201cThese figures show real progress,\u201d said Tom Becker, spokesperson for the department.";
        List<Detection> found = DETECTORS.detect(release);
        assertThat(found).filteredOn(d -> d.type() == FindingType.PERSON_NAME)
                .extracting(d -> release.substring(d.start(), d.end()))
                .containsExactly("Helena Marsh", "Sarah Okafor", "Tom Becker");
        assertThat(found).noneMatch(d -> d.type() == FindingType.DATE_OF_BIRTH);
        assertThat(analyze(release).persons()).isZero();
    }

    @Test
    void oneDetaineeInThePressReleaseIsOnePerson() {
        String release = "Committee chair Sarah Okafor welcomed the report published on 12 April 2024. "
                + "The case of Maria Lopez Garcia (date of birth 03/12/1985) was reviewed.";
        Result result = analyze(release);
        assertThat(result.persons()).isEqualTo(1);
        assertThat(result.categories()).containsExactlyInAnyOrder(Category.NAME, Category.DATE_OF_BIRTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In the reporting period ending 31/03/2024, 1,204 applications were received.",
        "Births registered in the period ending 31/03/2024 rose by 4%.",
        "The Birth Statistics release, published 12/04/2024, shows a fall of 2.1%.",
        "Figures published on 12 April 2024 cover the financial year 2023 to 2024.",
        "As of 1 March 2024, 312 people were held; born-abroad share as at 01/03/2024 was 40%.",
        "王伟，出生日期1985年3月12日，入境日期2023年4月27日。",
        "Date of birth statistics for the quarter ended 30/06/2024 are in table 4.",
        "Book-in date 2022-03-01 and release date 2022-05-02 are recorded for each stay.",
    })
    void reportingPeriodsAndOtherDatesAreNoBirthDates(String text) {
        List<Detection> found = DETECTORS.detect(text);
        assertThat(found).filteredOn(d -> d.type() == FindingType.DATE_OF_BIRTH)
                .extracting(d -> text.substring(d.start(), d.end()))
                .allMatch(v -> v.equals("1985年3月12日"));
    }
}
