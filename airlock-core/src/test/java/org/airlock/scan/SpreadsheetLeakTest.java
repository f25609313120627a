package org.airlock.scan;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.detect.FindingType;
import org.airlock.extract.DocumentType;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;
import org.airlock.generator.LeakWorkbooks;
import org.airlock.generator.PeopleGenerator;
import org.airlock.generator.Person;
import org.airlock.generator.Scenario;
import org.airlock.generator.SheetState;
import org.airlock.records.Finding;
import org.airlock.report.ReportFormat;
import org.airlock.report.ReportWriter;
import org.airlock.report.ScanReport;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaks Airlock was built against, and their harmless look-alikes, inspected end to end from
 * generated files: the verdict, the number of people exposed, and where they are and how hidden.
 */
class SpreadsheetLeakTest {

    /** The ICE 2022 spreadsheet held 6,252 people. */
    private static final int ICE_PERSONS = 6_252;
    /** The Home Office 2013 statistics had 1,598 people appended below them. */
    private static final int HOME_OFFICE_PERSONS = 1_598;
    private static final String DETAINEES = "sheet 'Detainees'";

    @TempDir
    static Path dir;

    private static Inspector inspector;
    private static List<Person> icePeople;
    private static FileReport iceVisible;
    private static FileReport iceHidden;
    private static FileReport iceVeryHidden;
    private static FileReport iceXls;
    private static FileReport iceCsv;
    private static FileReport homeOffice;
    private static FileReport homeOfficeNoHeader;

    @BeforeAll
    static void inspectTheLargeFixturesOnce() {
        inspector = Fixtures.inspector();
        icePeople = new PeopleGenerator(SEED).people(ICE_PERSONS);
        iceVisible = inspect(LeakWorkbooks.iceStyle(dir.resolve("ice-visible.xlsx"), ICE_PERSONS, SheetState.VISIBLE, SEED));
        iceHidden = inspect(LeakWorkbooks.iceStyle(dir.resolve("ice-hidden.xlsx"), ICE_PERSONS, SheetState.HIDDEN, SEED));
        iceVeryHidden = inspect(LeakWorkbooks.iceStyle(dir.resolve("ice-very-hidden.xlsx"), ICE_PERSONS, SheetState.VERY_HIDDEN, SEED));
        iceXls = inspect(Scenario.ICE_XLS.write(dir, ICE_PERSONS, SEED));
        iceCsv = inspect(Scenario.ICE_CSV.write(dir, ICE_PERSONS, SEED));
        homeOffice = inspect(LeakWorkbooks.homeOfficeStyle(dir.resolve("home-office.xlsx"), HOME_OFFICE_PERSONS, true, SEED));
        homeOfficeNoHeader = inspect(LeakWorkbooks.homeOfficeStyle(dir.resolve("home-office-no-header.xlsx"),
                HOME_OFFICE_PERSONS, false, SEED));
    }

    private static FileReport inspect(Path file) {
        return inspector.inspect(file, file.getFileName().toString());
    }

    // ---------------------------------------------------------------- ICE 2022

    @Test
    void blocksIceWorkbookWithVisibleDetaineesSheet() {
        assertIceLeak(iceVisible, Visibility.VISIBLE);
        assertThat(iceVisible.hiddenPlaces()).extracting(HiddenPlace::kind)
                .doesNotContain(HiddenPlaceKind.HIDDEN_SHEET, HiddenPlaceKind.VERY_HIDDEN_SHEET);
    }

    @Test
    void blocksIceWorkbookWithHiddenDetaineesSheet() {
        assertIceLeak(iceHidden, Visibility.HIDDEN_SHEET);
        assertThat(iceHidden.reasons()).anyMatch(r -> r.contains(DETAINEES) && r.contains("in a hidden sheet"));
        assertThat(iceHidden.hiddenPlaces())
                .anyMatch(h -> h.kind() == HiddenPlaceKind.HIDDEN_SHEET && h.location().part().equals(DETAINEES));
    }

    @Test
    void blocksIceWorkbookWithVeryHiddenDetaineesSheet() {
        assertIceLeak(iceVeryHidden, Visibility.VERY_HIDDEN_SHEET);
        assertThat(iceVeryHidden.reasons()).anyMatch(r -> r.contains(DETAINEES) && r.contains("very hidden sheet"));
        assertThat(iceVeryHidden.hiddenPlaces())
                .anyMatch(h -> h.kind() == HiddenPlaceKind.VERY_HIDDEN_SHEET && h.location().part().equals(DETAINEES));
    }

    private static void assertIceLeak(FileReport report, Visibility expected) {
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(ICE_PERSONS);
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.type().type()).isEqualTo(DocumentType.XLSX);
        assertThat(report.records()).singleElement().satisfies(records -> {
            assertThat(records.location().part()).isEqualTo(DETAINEES);
            assertThat(records.visibility()).isEqualTo(expected);
            assertThat(records.records()).isEqualTo(ICE_PERSONS);
        });
        assertThat(report.reasons()).anyMatch(r -> r.contains(DETAINEES) && r.contains("6,252"));
        assertThat(report.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY,
                Category.NATIONAL_ID, Category.IMMIGRATION_STATUS);
        Finding aNumbers = only(report, FindingType.US_A_NUMBER);
        assertThat(aNumbers.location().part()).isEqualTo(DETAINEES);
        assertThat(aNumbers.location().cells()).isEqualTo("E2:E6253");
        assertThat(aNumbers.count()).isEqualTo(ICE_PERSONS);
        assertThat(aNumbers.visibility()).isEqualTo(expected);
        assertThat(aNumbers.location().describe()).isEqualTo("sheet 'Detainees' › E2:E6253");
    }

    @Test
    void findsEveryColumnOfTheDetaineesSheetWhereItIs() {
        assertThat(iceVeryHidden.findings()).filteredOn(f -> f.category() != Category.NAME)
                .extracting(f -> f.type() + "@" + f.location().cells())
                .contains("DATE_OF_BIRTH@C2:C6253", "NATIONALITY@D2:D6253", "US_A_NUMBER@E2:E6253",
                        "IMMIGRATION_STATUS@H2:H6253");
        // Family names in column A, given names in column B.
        assertThat(iceVeryHidden.findings()).filteredOn(f -> f.type() == FindingType.PERSON_NAME)
                .extracting(f -> f.location().cells()).contains("A2:A6253", "B2:B6253");
        // The summary sheet beside it holds counts per country, not people.
        assertThat(iceVeryHidden.findings()).noneMatch(f -> f.location().part().equals("sheet 'Summary'"));
    }

    @Test
    void neverPrintsAnANumberInClearInTheJsonReport() throws Exception {
        String json = json(new ScanReport("test", "default", false, List.of(iceVisible, iceHidden, iceVeryHidden)));
        assertThat(json).contains("\"us-a-number\"").contains("A*****");
        for (Person person : icePeople) {
            String digits = person.aNumber().substring(1);
            assertThat(json).doesNotContain(person.aNumber()).doesNotContain(digits);
        }
    }

    @Test
    void blocksTheIceDataAsAVeryHiddenSheetOfALegacyXlsWorkbook() {
        assertThat(iceXls.type().type()).isEqualTo(DocumentType.XLS);
        assertThat(iceXls.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(iceXls.persons()).isEqualTo(ICE_PERSONS);
        assertThat(iceXls.records()).singleElement().satisfies(records -> {
            assertThat(records.location().part()).isEqualTo(DETAINEES);
            assertThat(records.visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
        });
        assertThat(only(iceXls, FindingType.US_A_NUMBER).location().cells()).isEqualTo("E2:E6253");
    }

    @Test
    void blocksTheIceDataAsCommaSeparatedText() {
        assertThat(iceCsv.type().type()).isEqualTo(DocumentType.CSV);
        assertThat(iceCsv.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(iceCsv.persons()).isEqualTo(ICE_PERSONS);
        assertThat(iceCsv.records()).singleElement().satisfies(records -> {
            assertThat(records.visibility()).isEqualTo(Visibility.VISIBLE);
            assertThat(records.records()).isEqualTo(ICE_PERSONS);
        });
        assertThat(iceCsv.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY,
                Category.NATIONAL_ID, Category.IMMIGRATION_STATUS);
        assertThat(only(iceCsv, FindingType.US_A_NUMBER).location().cells()).isEqualTo("E2:E6253");
    }

    // ---------------------------------------------------------------- Home Office 2013

    @Test
    void blocksPeopleAppendedBelowAStatisticsTable() {
        assertThat(homeOffice.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(homeOffice.persons()).isEqualTo(HOME_OFFICE_PERSONS);
        assertThat(homeOffice.records()).singleElement().satisfies(records -> {
            assertThat(records.location().part()).isEqualTo("sheet 'Family returns'");
            assertThat(records.visibility()).isEqualTo(Visibility.VISIBLE);
            assertThat(records.records()).isEqualTo(HOME_OFFICE_PERSONS);
        });
        assertThat(homeOffice.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY,
                Category.IMMIGRATION_STATUS);
        // Title row 1, table header row 2, 8 quarters (rows 3-10), two blank rows, the people's header at 13.
        assertThat(only(homeOffice, FindingType.PERSON_NAME).location().cells()).isEqualTo("A14:A1611");
        assertThat(homeOffice.reasons()).anyMatch(r -> r.contains("sheet 'Family returns'") && r.contains("1,598"));
    }

    @Test
    void blocksPeopleAppendedBelowAStatisticsTableWithoutAHeaderRow() {
        assertThat(homeOfficeNoHeader.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(homeOfficeNoHeader.persons()).isEqualTo(HOME_OFFICE_PERSONS);
        assertThat(homeOfficeNoHeader.records()).singleElement().satisfies(records -> {
            assertThat(records.location().part()).isEqualTo("sheet 'Family returns'");
            assertThat(records.records()).isEqualTo(HOME_OFFICE_PERSONS);
        });
        assertThat(homeOfficeNoHeader.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY);
        // The quarterly statistics above the people are not people.
        // Without a header the people start right after the two blank rows, at row 13.
        assertThat(homeOfficeNoHeader.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.location().cells()).matches("[A-Z]13:[A-Z]1610"));
    }

    @Test
    void doesNotTakeCaseStagesForNamesInAListWithoutHeader() {
        // Column D holds "Ensured return", "Assisted return"...: case stages, not people's names.
        assertThat(homeOfficeNoHeader.findings())
                .filteredOn(f -> f.location().cells().startsWith("D"))
                .extracting(f -> f.type() + " at " + f.location().cells() + ", " + f.count() + " values, e.g. " + f.sample())
                .noneMatch(s -> s.startsWith(FindingType.PERSON_NAME.name()));
    }

    @Test
    void countsEveryPersonOfAListWhateverTheShapeOfTheirName() {
        // Seed 7 draws, among its first 300 people, a Chinese woman whose given name is "Na".
        int persons = 300;
        List<Person> people = new PeopleGenerator(7).people(persons);
        assertThat(people).anyMatch(p -> p.givenName().equals("Na"));
        FileReport report = inspect(LeakWorkbooks.homeOfficeStyle(dir.resolve("home-office-seed-7.xlsx"), persons, true, 7));
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(persons);
    }

    // ---------------------------------------------------------------- hiding places

    @Test
    void blocksPeopleInHiddenColumns() {
        assertHiddenLeak(Scenario.HIDDEN_COLUMNS, Visibility.HIDDEN_COLUMN, HiddenPlaceKind.HIDDEN_COLUMNS, "sheet 'Report'");
    }

    @Test
    void blocksPeopleInZeroWidthColumns() {
        assertHiddenLeak(Scenario.ZERO_WIDTH_COLUMNS, Visibility.ZERO_WIDTH_COLUMN, HiddenPlaceKind.ZERO_WIDTH_COLUMNS, "sheet 'Report'");
    }

    @Test
    void blocksPeopleInWhiteText() {
        assertHiddenLeak(Scenario.WHITE_TEXT, Visibility.WHITE_TEXT, HiddenPlaceKind.WHITE_TEXT, "sheet 'Statistics'");
    }

    @Test
    void blocksPeopleInCellsFormattedToDisplayNothing() {
        assertHiddenLeak(Scenario.INVISIBLE_FORMAT, Visibility.INVISIBLE_NUMBER_FORMAT, HiddenPlaceKind.INVISIBLE_NUMBER_FORMAT,
                "sheet 'Statistics'");
    }

    @Test
    void blocksPeopleInHiddenRows() {
        assertHiddenLeak(Scenario.HIDDEN_ROWS, Visibility.HIDDEN_ROW, HiddenPlaceKind.HIDDEN_ROWS, "sheet 'Statistics'");
    }

    @Test
    void blocksPeopleNamedInCellComments() {
        FileReport report = assertHiddenLeak(Scenario.COMMENTS, Visibility.COMMENT, HiddenPlaceKind.COMMENTS, "sheet 'Statistics'");
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.US_A_NUMBER).singleElement()
                .satisfies(f -> assertThat(f.location().detail()).isEqualTo("comment by J. Analyst"));
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.COMMENTS).singleElement()
                .satisfies(h -> assertThat(h.count()).isEqualTo(Scenario.COMMENTS.defaultPersons()));
    }

    @Test
    void blocksPeopleKeptInAPivotCacheWhoseSourceSheetWasDeleted() {
        FileReport report = assertHiddenLeak(Scenario.PIVOT_CACHE, Visibility.PIVOT_CACHE, HiddenPlaceKind.PIVOT_CACHE_WITHOUT_SOURCE,
                "pivot cache xl/pivotCache/pivotCacheDefinition1.xml");
        assertThat(report.records()).singleElement()
                .satisfies(r -> assertThat(r.location().detail()).contains("sheet 'Casework'"));
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.PERSON_NAME).singleElement()
                .satisfies(f -> assertThat(f.location().cells()).isEqualTo("field 'Name', records 1-500"));
    }

    private static FileReport assertHiddenLeak(Scenario scenario, Visibility visibility, HiddenPlaceKind kind, String part) {
        Path file = scenario.write(dir.resolve(scenario.id()), SEED);
        FileReport report = inspect(file);
        assertThat(report.verdict()).as(scenario.id()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).as(scenario.id()).isEqualTo(scenario.defaultPersons());
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.records()).as(scenario.id()).singleElement().satisfies(records -> {
            assertThat(records.location().part()).isEqualTo(part);
            assertThat(records.visibility()).isEqualTo(visibility);
            assertThat(records.records()).isEqualTo(scenario.defaultPersons());
        });
        assertThat(report.findings()).as(scenario.id())
                .filteredOn(f -> f.category() == Category.NAME)
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.visibility()).isEqualTo(visibility);
                    assertThat(f.location().part()).isEqualTo(part);
                });
        assertThat(report.hiddenPlaces()).as(scenario.id())
                .anyMatch(h -> h.kind() == kind && h.location().part().equals(part));
        assertThat(report.reasons()).as(scenario.id())
                .anyMatch(r -> r.contains(part) && r.contains(visibility.description()))
                .anyMatch(r -> r.startsWith("Hidden content inventory:") && r.contains(kind.description()));
        return report;
    }

    @Test
    void doesNotPassNamesKeptInAChartCache() {
        FileReport report = inspect(Scenario.CHART_CACHE.write(dir, SEED));
        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(report.findings()).anyMatch(f -> f.type() == FindingType.PERSON_NAME
                && f.visibility() == Visibility.CHART_CACHE && f.count() == Scenario.CHART_CACHE.defaultPersons());
        assertThat(report.hiddenPlaces()).anyMatch(h -> h.kind() == HiddenPlaceKind.CHART_CACHE);
    }

    // ---------------------------------------------------------------- harmless look-alikes

    @Test
    void passesAggregateStatisticsByNationality() {
        assertHarmless(Scenario.AGGREGATE);
    }

    @Test
    void passesABudgetWithNineDigitAccountCodes() {
        assertHarmless(Scenario.BUDGET);
    }

    @Test
    void passesAListOfFacilitiesWithAddresses() {
        assertHarmless(Scenario.FACILITIES);
    }

    private static void assertHarmless(Scenario scenario) {
        FileReport report = inspect(scenario.write(dir, SEED));
        assertThat(report.verdict()).as(scenario.id() + ": " + report.reasons()).isEqualTo(Verdict.PASS);
        assertThat(report.persons()).isZero();
        assertThat(report.records()).isEmpty();
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.category() == Category.NATIONAL_ID);
        assertThat(report.cells()).as("the file was actually read").isPositive();
    }

    private static Finding only(FileReport report, FindingType type) {
        List<Finding> matching = report.findings().stream().filter(f -> f.type() == type).toList();
        assertThat(matching).as(type + " findings of " + report.file()).hasSize(1);
        return matching.get(0);
    }

    private static String json(ScanReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.of(ReportFormat.JSON).write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
