package org.airlock.extract.word;

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

/** Word documents: each place Word hides text, reported with its location and visibility; the clean twin passes. */
class WordExtractorTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario) {
        Path file = scenario.write(dir, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, scenario.fileName());
    }

    @Test
    void cleanPressReleasePasses() {
        FileReport report = scan(Scenario.DOCX_CLEAN);

        assertThat(report.type().type()).isEqualTo(DocumentType.DOCX);
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({
        "DOCX_TRACKED_DELETION, TRACKED_DELETION, document body, paragraph 4, TRACKED_CHANGES",
        "DOCX_HIDDEN_TEXT, HIDDEN_TEXT, document body, paragraph 4, HIDDEN_TEXT",
        "DOCX_COMMENT, REVIEW_COMMENT, comments, comment 0, COMMENTS",
        "DOCX_FOOTNOTE, FOOTNOTE, footnotes, footnote 1, FOOTNOTES",
        "DOCX_HEADER, HEADER_FOOTER, header (word/header1.xml), paragraph 2, HEADERS_FOOTERS",
        "DOCX_ALT_TEXT, ALT_TEXT, document body, paragraph 4, ALT_TEXT",
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
                // a finding lists every paragraph it spans
                .anySatisfy(f -> assertThat(f.location().cells()).startsWith(cells));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(inventory));
        assertThat(report.persons()).isEqualTo(3);
    }

    @Test
    void commentAuthorAndDeletionAuthorAreNamedInTheLocation() {
        assertThat(scan(Scenario.DOCX_COMMENT).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("comment by J. Analyst"));
        assertThat(scan(Scenario.DOCX_TRACKED_DELETION).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("deleted by Press Office"));
    }

    @Test
    void aWordTableOfDetaineesIsReadAsATable() {
        FileReport report = scan(Scenario.DOCX_TABLE);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(25);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().part()).isEqualTo("document body › table 1");
            assertThat(r.records()).isEqualTo(25);
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.location().cells()).isEqualTo("D2:D26"));
    }

    @Test
    void aWorkbookEmbeddedInADocumentIsScannedAsAWorkbook() {
        FileReport report = scan(Scenario.DOCX_EMBEDDED_WORKBOOK);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().container()).isEqualTo("word/embeddings/Microsoft_Excel_Worksheet.xlsx");
            assertThat(r.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(r.visibility()).isEqualTo(Visibility.EMBEDDED_OBJECT);
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.EMBEDDED_OBJECTS));
    }

    @Test
    void aChartsCachedValuesAreReadEvenWithoutItsWorkbook() throws Exception {
        Path workbook = Scenario.CHART_CACHE.write(dir.resolve("src"), 40, Fixtures.SEED);
        Path docx = Scenario.DOCX_CLEAN.write(dir.resolve("src"), Fixtures.SEED);
        Path withChart = dir.resolve("with-chart.docx");
        try (var in = Files.newInputStream(docx); var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(in)) {
            var part = pkg.createPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/charts/chart1.xml"),
                    org.airlock.extract.opc.OoxmlPackages.CHART);
            try (var out = part.getOutputStream()) {
                out.write(Fixtures.zipEntry(workbook, "xl/charts/chart1.xml"));
            }
            try (var out = Files.newOutputStream(withChart)) {
                pkg.save(out);
            }
        }

        FileReport report = Fixtures.inspector().inspect(withChart, "with-chart.docx");

        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.visibility()).isEqualTo(Visibility.CHART_CACHE);
            assertThat(f.location().part()).isEqualTo("chart cache word/charts/chart1.xml");
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.CHART_CACHE));
    }

    @Test
    void truncatedDocumentIsReview() throws Exception {
        Path whole = Scenario.DOCX_TABLE.write(dir, Fixtures.SEED);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));

        FileReport report = Fixtures.inspector().inspect(cut, "cut.docx");

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(f -> f.kind())
                .containsAnyOf(FailureKind.TRUNCATED, FailureKind.CORRUPT);
    }
}
