package org.airlock.extract.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.airlock.assess.Verdict;
import org.airlock.extract.DocumentType;
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

/** PowerPoint decks: notes, hidden slides, off-slide shapes, tables and embedded workbooks; the clean deck passes. */
class SlidesExtractorTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario) {
        Path file = scenario.write(dir, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, scenario.fileName());
    }

    @ParameterizedTest
    @CsvSource({"PPTX_CLEAN, PPTX", "PPT_CLEAN, PPT"})
    void cleanDeckPasses(Scenario scenario, DocumentType type) {
        FileReport report = scan(scenario);

        assertThat(report.type().type()).isEqualTo(type);
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({
        "PPTX_SPEAKER_NOTES, SPEAKER_NOTES, slide 1, SPEAKER_NOTES",
        "PPTX_HIDDEN_SLIDE, HIDDEN_SLIDE, slide 3, HIDDEN_SLIDES",
        "PPTX_OFF_SLIDE, OFF_SLIDE, slide 1, OFF_SLIDE_OBJECTS",
        "PPTX_COMMENT, REVIEW_COMMENT, slide 2, COMMENTS",
        "PPT_HIDDEN_SLIDE, HIDDEN_SLIDE, slide 3, HIDDEN_SLIDES",
        "PPT_OFF_SLIDE, OFF_SLIDE, slide 1, OFF_SLIDE_OBJECTS",
    })
    void detaineesInAHidingPlaceAreBlockedWithTheirSlide(Scenario scenario, Visibility visibility, String slide,
                                                         HiddenPlaceKind inventory) {
        FileReport report = scan(scenario);

        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.findings()).filteredOn(f -> f.visibility() == visibility)
                .extracting(Finding::type).extracting(Enum::name).contains("US_A_NUMBER", "DATE_OF_BIRTH");
        assertThat(report.findings()).filteredOn(f -> f.visibility() == visibility)
                .allSatisfy(f -> assertThat(f.location().part()).isEqualTo(slide));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(inventory);
            assertThat(h.location().part()).isEqualTo(slide);
        });
        assertThat(report.persons()).isEqualTo(3);
    }

    @Test
    void slideCommentsNameTheirAuthor() {
        assertThat(scan(Scenario.PPTX_COMMENT).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("comment by J. Analyst"));
    }

    @ParameterizedTest
    @EnumSource(value = Scenario.class, names = {"PPTX_TABLE", "PPT_TABLE"})
    void aTableOnASlideIsReadAsATable(Scenario scenario) {
        FileReport report = scan(scenario);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(25);
        assertThat(report.records()).anySatisfy(r -> assertThat(r.location().part()).isEqualTo("slide 2 › table 1"));
    }

    @Test
    void aWorkbookEmbeddedInADeckIsScannedAsAWorkbook() {
        FileReport report = scan(Scenario.PPTX_EMBEDDED_WORKBOOK);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().container()).isEqualTo("ppt/embeddings/Microsoft_Excel_Worksheet.xlsx");
            assertThat(r.visibility()).isEqualTo(Visibility.EMBEDDED_OBJECT);
        });
    }
}
