package org.airlock.extract.pdf;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.airlock.assess.Policy;
import org.airlock.assess.PolicyLoader;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.extract.DocumentType;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Limits;
import org.airlock.extract.Visibility;
import org.airlock.generator.PdfDocuments;
import org.airlock.generator.Scenario;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place a PDF hides text, inspected end to end from generated files: the finding's page,
 * position and visibility, the inventory entry and the verdict; the harmless twin of each passes;
 * files that cannot be read are REVIEW with the reason.
 */
class PdfExtractorTest {

    private static final int PERSONS = 12;

    @TempDir
    Path dir;

    private final Inspector inspector = Fixtures.inspector();

    private FileReport inspect(Path file) {
        return inspector.inspect(file, file.getFileName().toString());
    }

    private FileReport inspect(Scenario scenario) {
        return inspect(scenario.write(dir, SEED));
    }

    static Stream<Arguments> hiddenPlaces() {
        return Stream.of(
                Arguments.of(Scenario.PDF_FAILED_REDACTION, Visibility.UNDER_REDACTION_BOX, HiddenPlaceKind.FAILED_REDACTION),
                Arguments.of(Scenario.PDF_REDACTION_ANNOTATIONS, Visibility.UNDER_REDACTION_BOX, HiddenPlaceKind.FAILED_REDACTION),
                Arguments.of(Scenario.PDF_INVISIBLE_TEXT, Visibility.INVISIBLE_TEXT, HiddenPlaceKind.INVISIBLE_TEXT),
                Arguments.of(Scenario.PDF_OFF_PAGE, Visibility.OUTSIDE_PAGE, HiddenPlaceKind.TEXT_OUTSIDE_PAGE),
                Arguments.of(Scenario.PDF_WHITE_TEXT, Visibility.WHITE_TEXT, HiddenPlaceKind.WHITE_TEXT),
                Arguments.of(Scenario.PDF_LAYER_OFF, Visibility.LAYER_OFF, HiddenPlaceKind.LAYER_OFF),
                Arguments.of(Scenario.PDF_ANNOTATIONS, Visibility.ANNOTATION, HiddenPlaceKind.ANNOTATIONS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenPlaces")
    void blocksPeopleHiddenOnAPage(Scenario scenario, Visibility visibility, HiddenPlaceKind kind) {
        FileReport report = inspect(scenario);

        assertThat(report.type().type()).isEqualTo(DocumentType.PDF);
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        List<Finding> numbers = findings(report, FindingType.US_A_NUMBER);
        assertThat(numbers).isNotEmpty().allSatisfy(f -> {
            assertThat(f.visibility()).isEqualTo(visibility);
            assertThat(f.location().part()).isEqualTo("page 1");
        });
        assertThat(numbers.stream().mapToLong(Finding::count).sum()).isEqualTo(PERSONS);
        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind).contains(kind);
        // Nothing hidden leaks into the page's visible text; the director the visible text names is
        // found as a name alone (whether it may be published is the risk model's decision).
        assertThat(report.findings()).filteredOn(f -> f.visibility() == Visibility.VISIBLE)
                .allMatch(f -> f.type() == FindingType.PERSON_NAME);
    }

    @Test
    void failedRedactionNamesThePageAndTheBoxDrawnOverTheText() {
        FileReport report = inspect(Scenario.PDF_FAILED_REDACTION);

        Finding number = findings(report, FindingType.US_A_NUMBER).get(0);
        // The generator writes the 12 lines from y 619 down and draws the boxes 2 pt left of the text, 470 pt wide.
        assertThat(number.location().describe()).isEqualTo("page 1 › box at x 70-540, y 465-631 pt");
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.FAILED_REDACTION)
                .extracting(h -> h.location().describe()).containsExactly("page 1 › box at x 70-540, y 465-631 pt");
        assertThat(report.reasons().get(0)).contains("failed redaction");
    }

    @Test
    void findsTextUnderImagesDrawnAfterIt() {
        FileReport report = inspect(PdfDocuments.failedRedactionWithImages(dir.resolve("images.pdf"), PERSONS, SEED));

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER))
                .allSatisfy(f -> assertThat(f.visibility()).isEqualTo(Visibility.UNDER_REDACTION_BOX));
        // One image per line: the first covers the line at y 619.
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.FAILED_REDACTION).hasSize(PERSONS)
                .extracting(h -> h.location().describe()).contains("page 1 › box at x 70-540, y 619-631 pt");
    }

    @Test
    void findsTinyText() {
        FileReport report = inspect(PdfDocuments.tinyText(dir.resolve("tiny.pdf"), PERSONS, true, SEED));

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(findings(report, FindingType.US_A_NUMBER)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.visibility()).isEqualTo(Visibility.TINY_TEXT));
        assertThat(inspect(PdfDocuments.tinyText(dir.resolve("tiny-clean.pdf"), 0, false, SEED)).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void redactionAnnotationsEachCoverTheirLine() {
        FileReport report = inspect(Scenario.PDF_REDACTION_ANNOTATIONS);

        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.FAILED_REDACTION).hasSize(PERSONS);
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.ANNOTATIONS)
                .extracting(h -> h.location().detail())
                .contains("Redact annotation 1", "Square annotation 2", "Highlight annotation 3");
    }

    @Test
    void annotationsAreLocatedByPageAndNumber() {
        FileReport report = inspect(Scenario.PDF_ANNOTATIONS);

        assertThat(findings(report, FindingType.US_A_NUMBER)).extracting(f -> f.location().describe())
                .contains("page 1 › at x 560, y 720 pt (Text annotation 1)");
    }

    @Test
    void blocksPeopleInAHiddenFormField() {
        FileReport report = inspect(Scenario.PDF_FORM_FIELDS);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER)).allSatisfy(f -> {
            assertThat(f.visibility()).isEqualTo(Visibility.HIDDEN_FORM_FIELD);
            assertThat(f.location().part()).isEqualTo("form field 'internal_notes'");
        });
        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind)
                .contains(HiddenPlaceKind.HIDDEN_FORM_FIELDS, HiddenPlaceKind.FORM_FIELDS);
    }

    @Test
    void readsTheDataOfAnXfaForm() {
        FileReport report = inspect(PdfDocuments.xfaForm(dir.resolve("xfa.pdf"), PERSONS, true, SEED));

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER)).singleElement().satisfies(f -> {
            assertThat(f.location().part()).isEqualTo("XFA form");
            assertThat(f.visibility()).isEqualTo(Visibility.FORM_FIELD);
        });
        assertThat(inspect(PdfDocuments.xfaForm(dir.resolve("xfa-clean.pdf"), 0, false, SEED)).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void blocksPeopleInTheMetadata() {
        FileReport report = inspect(Scenario.PDF_METADATA);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER)).allSatisfy(f -> assertThat(f.visibility()).isEqualTo(Visibility.METADATA))
                .extracting(f -> f.location().part()).containsOnly("document information", "XMP metadata");
        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind)
                .contains(HiddenPlaceKind.DOCUMENT_PROPERTIES, HiddenPlaceKind.XMP_METADATA);
    }

    @Test
    void inspectsAnAttachedWorkbookAsAWorkbook() {
        FileReport report = inspect(Scenario.PDF_ATTACHMENT.write(dir, 50, SEED));

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(50);
        assertThat(findings(report, FindingType.US_A_NUMBER)).singleElement().satisfies(f -> {
            assertThat(f.location().container()).isEqualTo("attached file 1 'detainees.xlsx'");
            assertThat(f.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(f.visibility()).isEqualTo(Visibility.VERY_HIDDEN_SHEET);
        });
        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind).contains(HiddenPlaceKind.ATTACHED_FILES);
    }

    @Test
    void findsPeopleOnlyInAnEarlierRevision() {
        FileReport report = inspect(Scenario.PDF_EARLIER_REVISION);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER)).singleElement().satisfies(f -> {
            assertThat(f.visibility()).isEqualTo(Visibility.EARLIER_REVISION);
            assertThat(f.location().part()).isEqualTo("revision 1 of 2");
            assertThat(f.location().cells()).isEqualTo("page 1");
            assertThat(f.count()).isEqualTo(PERSONS);
        });
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.EARLIER_REVISIONS)
                .singleElement().satisfies(h -> assertThat(h.location().part()).isEqualTo("revision 1 of 2"));
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"PDF_REDACTED_PROPERLY", "PDF_INVISIBLE_TEXT_CLEAN", "PDF_OFF_PAGE_CLEAN",
        "PDF_WHITE_TEXT_CLEAN", "PDF_LAYER_OFF_CLEAN", "PDF_ANNOTATIONS_CLEAN", "PDF_FORM_FIELDS_CLEAN", "PDF_ATTACHMENT_CLEAN",
        "PDF_EARLIER_REVISION_CLEAN", "PDF_METADATA_CLEAN", "PDF_PUBLIC_OFFICIALS"})
    void passesTheHarmlessTwin(Scenario scenario) {
        assertThat(scenario.leak()).isFalse();
        FileReport report = inspect(scenario);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.persons()).isZero();
        assertThat(report.notInspected()).isEmpty();
    }

    @Test
    void properRedactionLeavesNoTextUnderTheBoxes() {
        FileReport report = inspect(Scenario.PDF_REDACTED_PROPERLY);

        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind).doesNotContain(HiddenPlaceKind.FAILED_REDACTION);
        assertThat(report.findings()).noneMatch(f -> f.visibility().hidden());
    }

    @Test
    void twinsStillListTheirHidingPlaces() {
        assertThat(inspect(Scenario.PDF_INVISIBLE_TEXT_CLEAN).hiddenPlaces()).extracting(HiddenPlace::kind)
                .contains(HiddenPlaceKind.INVISIBLE_TEXT);
        assertThat(inspect(Scenario.PDF_EARLIER_REVISION_CLEAN).hiddenPlaces()).extracting(HiddenPlace::kind)
                .contains(HiddenPlaceKind.EARLIER_REVISIONS);
        assertThat(inspect(Scenario.PDF_LAYER_OFF_CLEAN).hiddenPlaces()).extracting(HiddenPlace::kind)
                .contains(HiddenPlaceKind.LAYER_OFF);
    }

    @Test
    void ocrTextLayerOverAScanIsNotHidden() {
        FileReport report = inspect(PdfDocuments.scannedWithTextLayer(dir.resolve("ocr.pdf"), SEED));

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.hiddenPlaces()).extracting(HiddenPlace::kind).doesNotContain(HiddenPlaceKind.INVISIBLE_TEXT);
        assertThat(report.notInspected()).isEmpty();
    }

    @Test
    void whiteTextOnADarkBannerAndBoxesDrawnBeforeTextAreNotHidden() {
        FileReport report = inspect(PdfDocuments.publicBanner(dir.resolve("banner.pdf")));

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.hiddenPlaces()).isEmpty();
    }

    @Test
    void inspectsAFileWithOnlyAnOwnerPassword() {
        FileReport report = inspect(Scenario.PDF_OWNER_PASSWORD);

        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(findings(report, FindingType.US_A_NUMBER)).allSatisfy(f -> assertThat(f.visibility()).isEqualTo(Visibility.VISIBLE));
    }

    @Test
    void holdsAFileThatNeedsAPassword() {
        assertReview(inspect(Scenario.PDF_ENCRYPTED), FailureKind.ENCRYPTED);
    }

    @Test
    void holdsACorruptFile() {
        assertReview(inspect(Scenario.PDF_CORRUPT), FailureKind.CORRUPT);
    }

    @Test
    void holdsATruncatedFile() {
        assertReview(inspect(Scenario.PDF_TRUNCATED), FailureKind.TRUNCATED);
    }

    @Test
    void holdsAnIntactFileWithTheLastBytesCutOff() throws Exception {
        Path whole = PdfDocuments.publicOfficials(dir.resolve("whole.pdf"));
        byte[] bytes = Files.readAllBytes(whole);
        // Only the end-of-file marker is missing: PDFBox can still read every page, but the file is not whole.
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length - 7));

        assertReview(inspect(cut), FailureKind.TRUNCATED);
    }

    @Test
    void holdsAPdfWhosePageContentCannotBeDecoded() throws Exception {
        Path leak = Scenario.PDF_INVISIBLE_TEXT.write(dir, SEED);
        // An unknown filter name on the page's content stream: PDFBox alone reads the page as empty.
        Path damaged = rewrite(leak, dir.resolve("filter.pdf"),
                "(/Length \\d+\n/Filter /)FlateDecode(\n>>\nstream)", "$1FlCteDecode$2");

        InspectionFailure failure = assertReview(inspect(damaged), FailureKind.CORRUPT);
        assertThat(failure.location().part()).isEqualTo("page 1");
    }

    @Test
    void holdsAPdfWithAnObjectThatCannotBeRead() throws Exception {
        Path leak = Scenario.PDF_INVISIBLE_TEXT.write(dir, SEED);
        // The page's content stream object loses its header: PDFBox resolves the reference to nothing.
        Path damaged = rewrite(leak, dir.resolve("object.pdf"), "(\n\\d+ 0 )obj(\n<<\n/Length)", "$1obX$2");

        InspectionFailure failure = assertReview(inspect(damaged), FailureKind.CORRUPT);
        assertThat(failure.detail()).contains("could not be read");
    }

    /** Rewrites the first match of a pattern in a PDF's bytes (read as ISO-8859-1, so every byte survives). */
    private static Path rewrite(Path source, Path target, String regex, String replacement) throws Exception {
        String bytes = new String(Files.readAllBytes(source), java.nio.charset.StandardCharsets.ISO_8859_1);
        String changed = bytes.replaceFirst(regex, replacement);
        assertThat(changed).isNotEqualTo(bytes);
        return Files.write(target, changed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void holdsScannedPagesWithoutText() {
        FileReport report = inspect(Scenario.PDF_SCANNED);

        InspectionFailure failure = assertReview(report, FailureKind.OPAQUE_PART);
        assertThat(failure.location().part()).isEqualTo("pages 1, 2");
        assertThat(failure.detail()).contains("scanned pages without text");
    }

    @Test
    void pagesBeyondThePageLimitAreNamedNotSkipped() throws Exception {
        Path policyFile = Files.writeString(dir.resolve("policy.yaml"), "limits:\n  max-pages: 3\n");
        Policy policy = PolicyLoader.load(policyFile);
        assertThat(policy.limits().maxPages()).isEqualTo(3);
        Path file = PdfDocuments.manyPages(dir.resolve("five.pdf"), 5, SEED);

        FileReport report = new Inspector(policy, Fixtures.TODAY).inspect(file, "five.pdf");

        assertThat(report.notInspected()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_LARGE);
            assertThat(f.location().part()).isEqualTo("pages 4-5");
        });
        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        // The three pages inspected each name one person.
        assertThat(report.persons()).isEqualTo(3);
    }

    @Test
    void stopsAtTheTimeLimit() {
        Limits none = new Limits(Limits.DEFAULTS.maxFileBytes(), Limits.DEFAULTS.maxExpandedBytes(), Limits.DEFAULTS.maxEntries(),
                Limits.DEFAULTS.maxCompressionRatio(), Limits.DEFAULTS.maxDepth(), Duration.ZERO, Limits.DEFAULTS.maxPages());
        Path file = Scenario.PDF_PUBLIC_OFFICIALS.write(dir, SEED);

        FileReport report = new Inspector(Fixtures.defaultsWith(none), Fixtures.TODAY).inspect(file, "slow.pdf");

        assertReview(report, FailureKind.TIMEOUT);
    }

    @Test
    void saysWhenAPdfIsNamedAsSomethingElse() throws Exception {
        Path pdf = Scenario.PDF_PUBLIC_OFFICIALS.write(dir, SEED);
        Path renamed = Files.copy(pdf, dir.resolve("statistics.xlsx"));

        FileReport report = inspect(renamed);

        assertThat(report.type().type()).isEqualTo(DocumentType.PDF);
        assertThat(report.type().note()).contains(".xlsx").contains("PDF document");
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    private static InspectionFailure assertReview(FileReport report, FailureKind kind) {
        assertThat(report.verdict()).as(report.file() + ": " + report.reasons()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind).contains(kind);
        return report.notInspected().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }

    private static List<Finding> findings(FileReport report, FindingType type) {
        return report.findings().stream().filter(f -> f.type() == type).toList();
    }
}
