package org.airlock.extract.odf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.assess.Verdict;
import org.airlock.extract.DocumentType;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;
import org.airlock.generator.Scenario;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** OpenDocument text, spreadsheets and presentations: each hiding place found with its place and visibility. */
class OpenDocumentExtractorTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario) {
        Path file = scenario.write(dir, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, scenario.fileName());
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"ODT_CLEAN", "ODS_CLEAN", "ODP_CLEAN"})
    void cleanTwinsPass(Scenario scenario) {
        FileReport report = scan(scenario);

        assertThat(report.type().type()).isIn(DocumentType.ODT, DocumentType.ODS, DocumentType.ODP);
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({
        "ODT_TRACKED_DELETION, TRACKED_DELETION, document body, tracked changes, TRACKED_CHANGES",
        "ODT_HIDDEN_TEXT, HIDDEN_TEXT, document body, paragraph 3, HIDDEN_TEXT",
        "ODT_COMMENT, REVIEW_COMMENT, document body, paragraph 3, COMMENTS",
        "ODT_FOOTNOTE, FOOTNOTE, document body, paragraph 3, FOOTNOTES",
        "ODT_HEADER, HEADER_FOOTER, header, paragraph 2, HEADERS_FOOTERS",
        "ODP_SPEAKER_NOTES, SPEAKER_NOTES, slide 1 'Title', '', SPEAKER_NOTES",
        "ODP_HIDDEN_SLIDE, HIDDEN_SLIDE, slide 3 'Backup', '', HIDDEN_SLIDES",
        "ODP_OFF_SLIDE, OFF_SLIDE, slide 1 'Title', '', OFF_SLIDE_OBJECTS",
        "ODS_COMMENT, REVIEW_COMMENT, sheet 'Summary', D2, COMMENTS",
    })
    void detaineesInAHidingPlaceAreBlockedWithTheirPlace(Scenario scenario, Visibility visibility, String part, String cells,
                                                         HiddenPlaceKind inventory) {
        FileReport report = scan(scenario);

        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.findings()).filteredOn(f -> f.visibility() == visibility)
                .extracting(Finding::type).extracting(Enum::name).contains("US_A_NUMBER", "DATE_OF_BIRTH");
        assertThat(report.findings()).filteredOn(f -> f.visibility() == visibility)
                .allSatisfy(f -> assertThat(f.location().part()).isEqualTo(part))
                .anySatisfy(f -> assertThat(f.location().cells()).startsWith(cells == null ? "" : cells));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(inventory));
        assertThat(report.persons()).isEqualTo(3);
    }

    @Test
    void annotationAndDeletionNameTheirAuthor() {
        assertThat(scan(Scenario.ODT_COMMENT).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("comment by J. Analyst"));
        assertThat(scan(Scenario.ODT_TRACKED_DELETION).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("deleted by Press Office"));
    }

    @Test
    void hiddenSheetOfDetaineesIsBlockedAsAHiddenSheet() {
        FileReport report = scan(Scenario.ODS_HIDDEN_SHEET);

        assertThat(report.type().type()).isEqualTo(DocumentType.ODS);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(200);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(r.visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
            assertThat(r.records()).isEqualTo(200);
        });
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.location().cells()).isEqualTo("D2:D201");
            assertThat(f.visibility()).isEqualTo(Visibility.HIDDEN_SHEET);
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.HIDDEN_SHEET));
    }

    @Test
    void detaineesInHiddenRowsAreBlockedAsHiddenRows() {
        FileReport report = scan(Scenario.ODS_HIDDEN_ROWS);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(200);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().part()).isEqualTo("sheet 'Summary'");
            assertThat(r.visibility()).isEqualTo(Visibility.HIDDEN_ROW);
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HiddenPlaceKind.HIDDEN_ROWS);
            assertThat(h.count()).isEqualTo(201);
        });
    }

    @Test
    void detaineesInHiddenColumnsAreBlockedAsHiddenColumns() {
        FileReport report = scan(Scenario.ODS_HIDDEN_COLUMNS);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(200);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.location().cells()).isEqualTo("G2:G201");
            assertThat(f.visibility()).isEqualTo(Visibility.HIDDEN_COLUMN);
        });
        assertThat(report.findings()).filteredOn(f -> f.location().cells().startsWith("A"))
                .allSatisfy(f -> assertThat(f.visibility()).isEqualTo(Visibility.VISIBLE));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HiddenPlaceKind.HIDDEN_COLUMNS);
            assertThat(h.count()).isEqualTo(4);
        });
    }

    @Test
    void aTableInATextDocumentIsReadAsATable() {
        FileReport report = scan(Scenario.ODT_TABLE);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(25);
        assertThat(report.records()).anySatisfy(r -> assertThat(r.location().part()).isEqualTo("document body › table 1"));
    }

    @Test
    void passwordProtectedDocumentIsReviewAsEncrypted() {
        FileReport report = scan(Scenario.ODT_ENCRYPTED);

        assertThat(report.type().type()).isEqualTo(DocumentType.ODT);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(f -> f.kind()).containsExactly(FailureKind.ENCRYPTED);
    }

    @Test
    void truncatedSpreadsheetIsReview() throws Exception {
        Path whole = Scenario.ODS_HIDDEN_SHEET.write(dir, Fixtures.SEED);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.ods"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        FileReport report = Fixtures.inspector().inspect(cut, "cut.ods");

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(f -> f.kind()).containsAnyOf(FailureKind.TRUNCATED, FailureKind.CORRUPT);
    }
}
