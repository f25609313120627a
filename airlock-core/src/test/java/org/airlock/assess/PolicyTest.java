package org.airlock.assess;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Limits;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.generator.LeakWorkbooks;
import org.airlock.records.PersonRecords;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules that turn findings into a verdict, their defaults, and how a policy file may change them. */
class PolicyTest {

    @TempDir
    static Path dir;

    /** Five people, visible, with names, dates of birth, nationalities and case stages. */
    private static Path smallVisibleList;

    @BeforeAll
    static void writeASmallVisibleList() {
        smallVisibleList = LeakWorkbooks.homeOfficeStyle(dir.resolve("five-people.xlsx"), 5, true, SEED);
    }

    private static Path yaml(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void defaultsBlockSensitiveCategoriesAndTenPeople() {
        Policy defaults = Policy.defaults();
        assertThat(defaults.name()).isEqualTo("default");
        assertThat(defaults.blockPersons()).isEqualTo(10);
        assertThat(defaults.blockCategories()).containsExactlyInAnyOrder(Category.IMMIGRATION_STATUS, Category.HEALTH,
                Category.NATIONAL_ID, Category.PASSPORT, Category.FINANCIAL, Category.PROTECTED_RECORD,
                // Risk model (docs/risk.md): a birth date identifies a private person; Art. 9 and 10 data is protected by law.
                Category.DATE_OF_BIRTH, Category.CRIMINAL_RECORD, Category.RELIGION, Category.ETHNICITY,
                Category.SEXUAL_ORIENTATION, Category.BIOMETRIC);
        assertThat(defaults.blockHiddenRecords()).isTrue();
        assertThat(defaults.reviewPersons()).isEqualTo(1);
        assertThat(defaults.reviewContactOnlyPersons()).isEqualTo(25);
        assertThat(defaults.reviewIdentifiers()).isEqualTo(1);
        assertThat(defaults.reviewHiddenNames()).isTrue();
        assertThat(defaults.limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(Limits.DEFAULTS.maxFileBytes()).isEqualTo(1L << 30);
        assertThat(Limits.DEFAULTS.maxCompressionRatio()).isEqualTo(200.0);
        assertThat(Limits.DEFAULTS.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anEmptyPolicyFileMeansTheDefaults() throws Exception {
        Policy loaded = PolicyLoader.load(yaml("empty.yaml", ""));
        assertThat(loaded).isEqualTo(Policy.defaults());
    }

    @Test
    void aRelaxedPolicyTurnsASmallVisibleListFromBlockIntoReview() throws Exception {
        FileReport strict = new Inspector(Policy.defaults(), Fixtures.TODAY).inspect(smallVisibleList, "five-people.xlsx");
        assertThat(strict.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(strict.persons()).isEqualTo(5);
        assertThat(strict.categories()).contains(Category.IMMIGRATION_STATUS);

        Policy relaxed = PolicyLoader.load(yaml("relaxed.yaml", """
                name: statistics-team
                block:
                  persons-at-least: 50
                  categories: [HEALTH, PASSPORT, FINANCIAL]
                """));
        assertThat(relaxed.name()).isEqualTo("statistics-team");
        assertThat(relaxed.blockPersons()).isEqualTo(50);
        assertThat(relaxed.blockCategories()).containsExactlyInAnyOrder(Category.HEALTH, Category.PASSPORT, Category.FINANCIAL);
        assertThat(relaxed.reviewPersons()).as("unset keys keep their default").isEqualTo(1);

        FileReport report = new Inspector(relaxed, Fixtures.TODAY).inspect(smallVisibleList, "five-people.xlsx");
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.persons()).isEqualTo(5);
        assertThat(report.reasons()).anyMatch(r -> r.contains("5 distinct people are exposed"));
    }

    @Test
    void readsEveryDocumentedKey() throws Exception {
        Policy policy = PolicyLoader.load(yaml("full.yaml", """
                name: full
                block:
                  persons-at-least: 20
                  categories: [national-id, passport]
                  hidden-records: false
                review:
                  persons-at-least: 3
                  contact-only-persons-at-least: 40
                  identifiers-at-least: 2
                  hidden-names: false
                limits:
                  max-file-mb: 8
                  max-expanded-mb: 64
                  max-zip-entries: 500
                  max-compression-ratio: 50
                  max-depth: 2
                  timeout-seconds: 30
                """));
        assertThat(policy).isEqualTo(new Policy("full", 20, Set.of(Category.NATIONAL_ID, Category.PASSPORT), false, 3, 40, 2, false,
                new Limits(8L << 20, 64L << 20, 500, 50.0, 2, Duration.ofSeconds(30))));
    }

    @Test
    void refusesAnUnknownKeyAndNamesIt() throws Exception {
        Path typo = yaml("typo.yaml", """
                block:
                  persons-at-leest: 100
                """);
        assertThatThrownBy(() -> PolicyLoader.load(typo))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("persons-at-leest");
    }

    @Test
    void refusesAnUnknownTopLevelSection() throws Exception {
        Path typo = yaml("section.yaml", """
                limit:
                  max-file-mb: 1
                """);
        assertThatThrownBy(() -> PolicyLoader.load(typo))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void refusesACategoryThatDoesNotExist() throws Exception {
        Path bad = yaml("bad-category.yaml", """
                block:
                  categories: [NATIONAL_ID, ASTROLOGY]
                """);
        assertThatThrownBy(() -> PolicyLoader.load(bad))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("ASTROLOGY")
                .hasMessageContaining("block.categories");
    }

    @Test
    void refusesAReviewThresholdAboveTheBlockThreshold() throws Exception {
        Path inverted = yaml("inverted.yaml", """
                block:
                  persons-at-least: 5
                review:
                  persons-at-least: 6
                """);
        assertThatThrownBy(() -> PolicyLoader.load(inverted))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("review.persons-at-least");
    }

    @Test
    void refusesZeroThresholdsAndNonsenseLimits() throws Exception {
        Path zero = yaml("zero.yaml", "block:\n  persons-at-least: 0\n");
        assertThatThrownBy(() -> PolicyLoader.load(zero)).isInstanceOf(PolicyLoader.PolicyException.class);
        Path ratio = yaml("ratio.yaml", "limits:\n  max-compression-ratio: 1\n");
        assertThatThrownBy(() -> PolicyLoader.load(ratio)).isInstanceOf(PolicyLoader.PolicyException.class);
        Path text = yaml("text.yaml", "block:\n  persons-at-least: many\n");
        assertThatThrownBy(() -> PolicyLoader.load(text))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("persons-at-least");
    }

    @Test
    void refusesAPolicyFileThatDoesNotExist() {
        assertThatThrownBy(() -> PolicyLoader.load(dir.resolve("missing.yaml")))
                .isInstanceOf(PolicyLoader.PolicyException.class)
                .hasMessageContaining("missing.yaml");
    }

    // ---------------------------------------------------------------- the assessor on its own

    private static final Location SHEET = Location.of("sheet 'People'");

    @Test
    void aFailureIsReviewEvenWhenNothingWasFound() {
        Assessment a = new Assessor(Policy.defaults()).assess(0, List.of(), List.of(), List.of(),
                List.of(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of("/xl/model/item.data"), "data model")));
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(a.reasons()).first().asString().startsWith("Not fully inspected: ");
    }

    @Test
    void aStaffListOfNamesAndContactsNeedsSignOffOnlyWhenLong() {
        Assessor assessor = new Assessor(Policy.defaults());
        Set<Category> contact = Set.of(Category.NAME, Category.CONTACT);
        Assessment shortList = assessor.assess(24, List.of(new PersonRecords(SHEET, Visibility.VISIBLE, 24, contact)),
                List.of(), List.of(), List.of());
        Assessment longList = assessor.assess(25, List.of(new PersonRecords(SHEET, Visibility.VISIBLE, 25, contact)),
                List.of(), List.of(), List.of());
        assertThat(shortList.verdict()).isEqualTo(Verdict.PASS);
        assertThat(longList.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void hiddenRecordsBlockUnlessThePolicySaysOtherwise() {
        // Names with nationalities: birth dates would block on their own under the default policy.
        Set<Category> nameAndNationality = Set.of(Category.NAME, Category.NATIONALITY);
        List<PersonRecords> hidden = List.of(new PersonRecords(SHEET, Visibility.HIDDEN_ROW, 2, nameAndNationality));
        List<HiddenPlace> inventory = List.of(new HiddenPlace(HiddenPlaceKind.HIDDEN_ROWS, SHEET, 2));
        assertThat(new Assessor(Policy.defaults()).assess(2, hidden, List.of(), inventory, List.of()).verdict())
                .isEqualTo(Verdict.BLOCK);
        Policy d = Policy.defaults();
        Policy lenient = new Policy("lenient", d.blockPersons(), d.blockCategories(), false, d.reviewPersons(),
                d.reviewContactOnlyPersons(), d.reviewIdentifiers(), d.reviewHiddenNames(), d.limits());
        Assessment a = new Assessor(lenient).assess(2, hidden, List.of(), inventory, List.of());
        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(a.reasons()).anyMatch(r -> r.startsWith("Hidden content inventory: hidden rows (sheet 'People')"));
    }
}
