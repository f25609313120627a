package org.airlock.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioTest {

    private static final Set<Scenario> UNREADABLE = EnumSet.of(Scenario.ENCRYPTED, Scenario.TRUNCATED, Scenario.CORRUPT);

    @TempDir
    Path dir;

    @Test
    void idsAreUniqueKebabCase() {
        assertThat(Arrays.stream(Scenario.values()).map(Scenario::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"))
                .contains("ice", "ice-hidden", "ice-very-hidden", "home-office", "hidden-columns",
                        "zero-width-columns", "white-text", "invisible-format", "hidden-rows", "comments",
                        "pivot-cache", "aggregate", "budget", "facilities", "ice-xls", "ice-csv", "encrypted",
                        "truncated", "corrupt", "large");
        assertThat(Scenario.byId("ice-very-hidden")).isEqualTo(Scenario.ICE_VERY_HIDDEN);
        assertThat(Scenario.ICE_VERY_HIDDEN.fileName()).isEqualTo("ice-very-hidden.xlsx");
        assertThatThrownBy(() -> Scenario.byId("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ice-very-hidden");
    }

    @Test
    void onlyTheHarmlessLookAlikesAreNotLeaks() {
        assertThat(Arrays.stream(Scenario.values()).filter(s -> !s.leak()))
                .containsExactlyInAnyOrder(Scenario.AGGREGATE, Scenario.BUDGET, Scenario.FACILITIES, Scenario.DOCX_CLEAN,
                        Scenario.ODT_CLEAN, Scenario.ODS_CLEAN, Scenario.ODP_CLEAN, Scenario.PPTX_CLEAN, Scenario.RTF_CLEAN,
                        Scenario.PPT_CLEAN,
                        Scenario.PDF_REDACTED_PROPERLY, Scenario.PDF_INVISIBLE_TEXT_CLEAN, Scenario.PDF_OFF_PAGE_CLEAN,
                        Scenario.PDF_WHITE_TEXT_CLEAN, Scenario.PDF_LAYER_OFF_CLEAN, Scenario.PDF_ANNOTATIONS_CLEAN,
                        Scenario.PDF_FORM_FIELDS_CLEAN, Scenario.PDF_ATTACHMENT_CLEAN, Scenario.PDF_EARLIER_REVISION_CLEAN,
                        Scenario.PDF_METADATA_CLEAN, Scenario.PDF_PUBLIC_OFFICIALS,
                        Scenario.WEB_CLEAN, Scenario.JSON_CLEAN, Scenario.MAIL_CLEAN, Scenario.PHOTO_CLEAN, Scenario.ZIP_CLEAN,
                        Scenario.PRESS_RELEASE_OFFICIALS, Scenario.PRESS_OFFICE_CONTACTS, Scenario.PUBLIC_LABELLED_XLSX,
                        Scenario.SMALL_CELLS_SAFE);
        assertThat(Arrays.stream(Scenario.values()).filter(s -> !s.leak())).allSatisfy(s ->
                assertThat(s.description()).startsWith("harmless"));
        assertThat(Scenario.ICE.defaultPersons()).isEqualTo(6_252);
        assertThat(Scenario.LARGE.defaultPersons()).isEqualTo(1_000_000);
        assertThat(Arrays.stream(Scenario.values())).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioWritesItsFile(Scenario scenario) throws IOException {
        int persons = scenario.takesPersons() ? 30 : 0;
        Path file = scenario.write(dir, persons, 5);
        assertThat(file).isEqualTo(dir.resolve(scenario.fileName()));
        assertThat(Files.size(file)).isPositive();
        if (scenario.fileName().endsWith(".pdf")) {
            assertThat(new String(Files.readAllBytes(file), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } else if (scenario.fileName().endsWith(".csv")) {
            assertThat(Files.readAllLines(file)).hasSize(31);
        } else if (!UNREADABLE.contains(scenario) && scenario.fileName().matches(".*\\.xlsx?")) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                assertThat(workbook.getNumberOfSheets()).isPositive();
            }
        } else if (scenario.fileName().endsWith(".docx") && scenario != Scenario.DOCX_ENCRYPTED) {
            try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
                assertThat(document.getParagraphs()).isNotEmpty();
            }
        } else if (scenario.fileName().endsWith(".pptx")) {
            try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(file))) {
                assertThat(deck.getSlides()).hasSizeGreaterThanOrEqualTo(2);
            }
        } else if (scenario.fileName().endsWith(".ppt")) {
            try (var deck = new org.apache.poi.hslf.usermodel.HSLFSlideShow(Files.newInputStream(file))) {
                assertThat(deck.getSlides()).hasSizeGreaterThanOrEqualTo(2);
            }
        } else if (scenario.fileName().matches(".*\\.od[tsp]")) {
            try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                assertThat(zip.getNextEntry().getName()).isEqualTo("mimetype");
            }
        } else if (scenario.fileName().endsWith(".rtf")) {
            assertThat(Files.readString(file)).startsWith("{\\rtf1").endsWith("}");
        }
    }
}
