package org.airlock.scan;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airlock.assess.Verdict;
import org.airlock.extract.DocumentType;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Limits;
import org.airlock.extract.Visibility;
import org.airlock.generator.LeakWorkbooks;
import org.airlock.generator.Scenario;
import org.airlock.generator.SheetState;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be inspected must never pass: each becomes REVIEW with a named failure and a
 * reason, and one bad file never stops the others of a scan.
 */
class BadInputTest {

    private static final String SHEET1 = "xl/worksheets/sheet1.xml";

    @TempDir
    static Path dir;

    private static Path harmless;

    @BeforeAll
    static void writeAHarmlessWorkbookToDamage() {
        harmless = LeakWorkbooks.aggregateByNationality(dir.resolve("aggregate.xlsx"), SEED);
    }

    private static FileReport inspect(Path file) {
        return Fixtures.inspector().inspect(file, file.getFileName().toString());
    }

    /** REVIEW, one failure of the expected kind, and a reason saying the file was not fully inspected. */
    private static InspectionFailure assertNotInspected(FileReport report, FailureKind kind) {
        assertThat(report.verdict()).as(report.file() + ": " + report.reasons()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).as(report.file()).extracting(InspectionFailure::kind).contains(kind);
        assertThat(report.reasons()).as(report.file())
                .anyMatch(r -> r.startsWith("Not fully inspected: ") && r.contains(kind.description()));
        return report.notInspected().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void reviewsAnEncryptedWorkbook() {
        FileReport report = inspect(Scenario.ENCRYPTED.write(dir, SEED));
        assertThat(report.type().type()).isEqualTo(DocumentType.ENCRYPTED_OFFICE);
        assertNotInspected(report, FailureKind.ENCRYPTED);
        assertThat(report.persons()).isZero();
    }

    @Test
    void reviewsACorruptZip() {
        assertNotInspected(inspect(Scenario.CORRUPT.write(dir, SEED)), FailureKind.CORRUPT);
    }

    @Test
    void reviewsATruncatedWorkbook() {
        FileReport report = inspect(Scenario.TRUNCATED.write(dir, SEED));
        // The local entries that survive still say what the file was meant to be.
        assertThat(report.type().type()).isEqualTo(DocumentType.XLSX);
        assertNotInspected(report, FailureKind.TRUNCATED);
    }

    @Test
    void reviewsAWorkbookWhoseSheetDeclaresEntityExpansion() throws Exception {
        Path bomb = Fixtures.rewriteZip(harmless, dir.resolve("billion-laughs.xlsx"), Map.of(SHEET1, Fixtures.billionLaughsSheet()));
        FileReport report = inspect(bomb);
        assertThat(report.type().type()).isEqualTo(DocumentType.XLSX);
        assertNotInspected(report, FailureKind.XML_BOMB);
    }

    @Test
    void reviewsAWorkbookWhoseSheetDeclaresADoctypeAtAll() throws Exception {
        // FailureKind.XML_BOMB: "declares entities or a DTD". One small entity is still a DTD.
        Path doctype = Fixtures.rewriteZip(harmless, dir.resolve("doctype.xlsx"), Map.of(SHEET1, Fixtures.smallDoctypeSheet()));
        assertNotInspected(inspect(doctype), FailureKind.XML_BOMB);
    }

    @Test
    void reviewsAZipBomb() throws Exception {
        Path bomb = Fixtures.padEntryWithSpaces(harmless, dir.resolve("zip-bomb.xlsx"), SHEET1, 50);
        assertThat(Files.size(bomb)).as("50 MB of spaces compress to a small file").isLessThan(1 << 20);
        FileReport report = inspect(bomb);
        InspectionFailure failure = assertNotInspected(report, FailureKind.ZIP_BOMB);
        assertThat(failure.detail()).contains(SHEET1);
    }

    @Test
    void reviewsAnEmptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        FileReport report = inspect(empty);
        assertThat(report.type().type()).isEqualTo(DocumentType.EMPTY);
        assertNotInspected(report, FailureKind.EMPTY);
        assertThat(report.bytes()).isZero();
    }

    @Test
    void reviewsRandomBytes() throws Exception {
        FileReport report = inspect(Fixtures.randomBytes(dir.resolve("noise.xlsx"), 64 * 1024, SEED));
        assertThat(report.type().type()).isEqualTo(DocumentType.OTHER);
        assertNotInspected(report, FailureKind.UNSUPPORTED_TYPE);
    }

    @Test
    void reviewsAFileOverTheSizeLimit() {
        Path file = LeakWorkbooks.iceStyle(dir.resolve("too-large.xlsx"), 50, SheetState.VISIBLE, SEED);
        Limits small = new Limits(4 * 1024, Limits.DEFAULTS.maxExpandedBytes(), Limits.DEFAULTS.maxEntries(),
                Limits.DEFAULTS.maxCompressionRatio(), Limits.DEFAULTS.maxDepth(), Limits.DEFAULTS.timeout());
        FileReport report = new Inspector(Fixtures.defaultsWith(small), Fixtures.TODAY).inspect(file, "too-large.xlsx");
        assertNotInspected(report, FailureKind.TOO_LARGE);
        assertThat(report.persons()).as("nothing was read").isZero();
    }

    @Test
    void reviewsAWorkbookWithMoreEntriesThanTheLimit() {
        Path file = LeakWorkbooks.aggregateByNationality(dir.resolve("many-entries.xlsx"), SEED);
        Limits few = new Limits(Limits.DEFAULTS.maxFileBytes(), Limits.DEFAULTS.maxExpandedBytes(), 3,
                Limits.DEFAULTS.maxCompressionRatio(), Limits.DEFAULTS.maxDepth(), Limits.DEFAULTS.timeout());
        FileReport report = new Inspector(Fixtures.defaultsWith(few), Fixtures.TODAY).inspect(file, "many-entries.xlsx");
        assertNotInspected(report, FailureKind.ZIP_BOMB);
    }

    @Test
    void findsPeopleInAWorkbookEmbeddedInAnother() throws Exception {
        Path inner = LeakWorkbooks.iceStyle(dir.resolve("inner-ice.xlsx"), 40, SheetState.VISIBLE, SEED);
        Path outer = Fixtures.embed(harmless, inner, "/xl/embeddings/Microsoft_Excel_Worksheet1.xlsx", dir.resolve("embedding.xlsx"));
        FileReport report = inspect(outer);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(40);
        assertThat(report.records()).singleElement().satisfies(records -> {
            assertThat(records.location().container()).isEqualTo("xl/embeddings/Microsoft_Excel_Worksheet1.xlsx");
            assertThat(records.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(records.visibility()).isEqualTo(Visibility.EMBEDDED_OBJECT);
        });
    }

    @Test
    void reviewsWorkbooksNestedDeeperThanTheLimit() throws Exception {
        Path inner = LeakWorkbooks.iceStyle(dir.resolve("deep-ice.xlsx"), 40, SheetState.VISIBLE, SEED);
        Path middle = Fixtures.embed(harmless, inner, "/xl/embeddings/inner.xlsx", dir.resolve("middle.xlsx"));
        Path outer = Fixtures.embed(harmless, middle, "/xl/embeddings/middle.xlsx", dir.resolve("outer.xlsx"));

        FileReport withinDefaults = inspect(outer);
        assertThat(withinDefaults.verdict()).as("two levels are within the default depth").isEqualTo(Verdict.BLOCK);
        assertThat(withinDefaults.persons()).isEqualTo(40);

        Limits shallow = new Limits(Limits.DEFAULTS.maxFileBytes(), Limits.DEFAULTS.maxExpandedBytes(), Limits.DEFAULTS.maxEntries(),
                Limits.DEFAULTS.maxCompressionRatio(), 1, Duration.ofMinutes(1));
        FileReport report = new Inspector(Fixtures.defaultsWith(shallow), Fixtures.TODAY).inspect(outer, "outer.xlsx");
        InspectionFailure failure = assertNotInspected(report, FailureKind.TOO_DEEP);
        assertThat(failure.location().describe()).contains("xl/embeddings/middle.xlsx").contains("xl/embeddings/inner.xlsx");
        assertThat(report.persons()).isZero();
    }

    @Test
    void scanGoesOnPastABadFileAndReportsEveryFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("publish"));
        Scenario.AGGREGATE.write(folder, SEED);
        Scenario.CORRUPT.write(folder, SEED);
        Scenario.ICE.write(folder, 30, SEED);
        Files.createFile(folder.resolve("empty.csv"));
        Scenario.BUDGET.write(folder, SEED);

        List<FileReport> progress = new ArrayList<>();
        List<FileReport> reports = new Scanner(Fixtures.inspector(), 2)
                .scan(Scanner.targets(List.of(folder)), r -> {
                    synchronized (progress) {
                        progress.add(r);
                    }
                });

        assertThat(reports).extracting(r -> Path.of(r.file()).getFileName().toString())
                .containsExactly("aggregate.xlsx", "budget.xlsx", "corrupt.xlsx", "empty.csv", "ice.xlsx");
        assertThat(reports).extracting(FileReport::verdict)
                .containsExactly(Verdict.PASS, Verdict.PASS, Verdict.REVIEW, Verdict.REVIEW, Verdict.BLOCK);
        assertThat(reports.get(2).notInspected()).extracting(InspectionFailure::kind).containsExactly(FailureKind.CORRUPT);
        assertThat(reports.get(3).notInspected()).extracting(InspectionFailure::kind).containsExactly(FailureKind.EMPTY);
        assertThat(reports.get(4).persons()).isEqualTo(30);
        assertThat(progress).hasSize(5);
    }
}
