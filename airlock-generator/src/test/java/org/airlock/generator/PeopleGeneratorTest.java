package org.airlock.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PeopleGeneratorTest {

    private static List<Person> people;

    @BeforeAll
    static void generate() {
        people = new PeopleGenerator(2022).people(2_000);
    }

    @Test
    void sameSeedGivesIdenticalPeopleAndShorterListsArePrefixes() {
        assertThat(new PeopleGenerator(2022).people(2_000)).isEqualTo(people);
        assertThat(new PeopleGenerator(2022).people(300)).isEqualTo(people.subList(0, 300));
    }

    @Test
    void differentSeedsGiveDifferentPeople() {
        List<Person> other = new PeopleGenerator(2023).people(200);
        assertThat(other).doesNotContainAnyElementsOf(people.subList(0, 200));
    }

    @Test
    void aNumbersAreUniqueAndWellFormedInTheIceSizedList() {
        List<Person> ice = new PeopleGenerator(7).people(6_252);
        Set<String> aNumbers = ice.stream().map(Person::aNumber).collect(Collectors.toSet());
        assertThat(aNumbers).hasSize(6_252);
        assertThat(aNumbers).allSatisfy(a -> {
            assertThat(a).matches("A\\d{9}");
            assertThat(Integer.parseInt(a.substring(1))).isBetween(200_000_000, 249_999_999);
        });
    }

    @Test
    void valuesStayInTheirRanges() {
        Set<String> facilities = DetentionFacility.ALL.stream().map(DetentionFacility::name).collect(Collectors.toSet());
        assertThat(facilities).hasSizeGreaterThanOrEqualTo(15);
        assertThat(people).allSatisfy(p -> {
            assertThat(p.dateOfBirth()).isBetween(LocalDate.of(1950, 1, 1), LocalDate.of(2006, 12, 31));
            assertThat(p.bookInDate().getYear()).isEqualTo(2022);
            assertThat(p.countryOfCitizenship()).matches("[A-Z ]+");
            assertThat(p.sex()).isIn("Male", "Female");
            assertThat(p.detentionFacility()).isIn(facilities);
            assertThat(p.caseStatus()).isIn(PeopleGenerator.CASE_STATUSES);
            assertThat(p.givenName()).isNotBlank();
            assertThat(p.familyName()).isNotBlank();
        });
        assertThat(people.stream().map(Person::countryOfCitizenship).distinct().count()).isGreaterThanOrEqualTo(18);
        assertThat(people.stream().map(Person::detentionFacility).distinct().count()).isEqualTo(facilities.size());
        assertThat(people.stream().map(Person::caseStatus).distinct().count()).isEqualTo(8);
    }

    @Test
    void aboutOneInTenNamesIsInANativeScriptAndEveryScriptIsPresent() {
        Map<NameScript, Long> byScript = people.stream()
                .collect(Collectors.groupingBy(Person::script, () -> new EnumMap<>(NameScript.class), Collectors.counting()));
        assertThat(byScript.get(NameScript.CYRILLIC)).isPositive();
        assertThat(byScript.get(NameScript.ARABIC)).isPositive();
        assertThat(byScript.get(NameScript.HAN)).isPositive();
        long nonLatin = people.size() - byScript.get(NameScript.LATIN);
        assertThat(nonLatin).isBetween(people.size() * 5L / 100, people.size() * 15L / 100);
    }

    @Test
    void namesAreWrittenInTheScriptTheyClaim() {
        for (Person person : people) {
            Set<UnicodeScript> scripts = scriptsOf(person.givenName() + person.familyName());
            UnicodeScript expected = switch (person.script()) {
                case LATIN -> UnicodeScript.LATIN;
                case CYRILLIC -> UnicodeScript.CYRILLIC;
                case ARABIC -> UnicodeScript.ARABIC;
                case HAN -> UnicodeScript.HAN;
            };
            assertThat(scripts).as(person.fullName()).containsExactly(expected);
        }
    }

    @Test
    void nativeScriptsMatchTheirCountries() {
        assertThat(people).filteredOn(p -> p.script() == NameScript.CYRILLIC)
                .extracting(Person::countryOfCitizenship).containsOnly("RUSSIA", "UKRAINE");
        assertThat(people).filteredOn(p -> p.script() == NameScript.ARABIC)
                .extracting(Person::countryOfCitizenship).containsOnly("IRAN", "AFGHANISTAN");
        assertThat(people).filteredOn(p -> p.script() == NameScript.HAN)
                .extracting(Person::countryOfCitizenship).containsOnly("CHINA");
    }

    @Test
    void fullNameJoinsHanNamesWithoutASpace() {
        Person han = new Person("文昊", "樊", NameScript.HAN, LocalDate.of(1990, 1, 2), "CHINA", "A200000001",
                "Male", "Eastgate Detention Facility", "Asylum pending", LocalDate.of(2022, 3, 4));
        Person latin = new Person("Maria", "López García", NameScript.LATIN, LocalDate.of(1985, 12, 3), "GUATEMALA",
                "A201234567", "Female", "Eastgate Detention Facility", "Asylum pending", LocalDate.of(2022, 3, 4));
        assertThat(han.fullName()).isEqualTo("樊文昊");
        assertThat(latin.fullName()).isEqualTo("Maria López García");
    }

    @Test
    void cyrillicTransliterationFollowsEachLanguage() {
        assertThat(CyrillicTransliteration.russian().toLatin("Григорий Щукин")).isEqualTo("Grigoriy Shchukin");
        assertThat(CyrillicTransliteration.ukrainian().toLatin("Григорій Їжак")).isEqualTo("Hryhoriy Yizhak");
    }

    @Test
    void negativeCountIsRejected() {
        assertThatThrownBy(() -> new PeopleGenerator(1).people(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PeopleGenerator(1).people(0)).isEmpty();
    }

    private static Set<UnicodeScript> scriptsOf(String text) {
        Set<UnicodeScript> scripts = new HashSet<>();
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(cp -> scripts.add(UnicodeScript.of(cp)));
        return scripts;
    }
}
