package org.airlock.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.airlock.assess.Verdict;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.generator.Scenario;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile Word, OpenDocument and PowerPoint files end as REVIEW with the reason, never PASS and never a crash. */
class OfficeDocumentBadInputTest {

    @TempDir
    Path dir;

    private static FileReport inspect(Path file) {
        return Fixtures.inspector().inspect(file, file.getFileName().toString());
    }

    /** The billion-laughs DOCTYPE in front of a document part: refused before any entity is expanded. */
    private static byte[] billionLaughs(String root) {
        String sheet = new String(Fixtures.billionLaughsSheet(), StandardCharsets.UTF_8);
        return sheet.replace("<!DOCTYPE worksheet", "<!DOCTYPE " + root).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({
        "DOCX_CLEAN, word/document.xml, w:document",
        "ODT_CLEAN, content.xml, office:document-content",
        "ODS_CLEAN, content.xml, office:document-content",
        "ODP_CLEAN, content.xml, office:document-content",
    })
    void anEntityBombInTheMainPartIsReviewAsAnXmlBomb(Scenario scenario, String part, String root) throws Exception {
        Path harmless = scenario.write(dir.resolve("src"), Fixtures.SEED);
        Path bomb = Fixtures.rewriteZip(harmless, dir.resolve("bomb-" + scenario.fileName()), Map.of(part, billionLaughs(root)));

        FileReport report = inspect(bomb);

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind).containsExactly(FailureKind.XML_BOMB);
    }

    @ParameterizedTest
    @CsvSource({"DOCX_CLEAN, word/document.xml", "ODT_CLEAN, content.xml", "PPTX_CLEAN, ppt/slides/slide1.xml"})
    void aPaddedPartIsReviewAsAZipBomb(Scenario scenario, String part) throws Exception {
        Path harmless = scenario.write(dir.resolve("src"), Fixtures.SEED);
        Path bomb = Fixtures.padEntryWithSpaces(harmless, dir.resolve("zip-bomb-" + scenario.fileName()), part, 20);

        FileReport report = inspect(bomb);

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind).containsExactly(FailureKind.ZIP_BOMB);
    }

    @Test
    void aDamagedFootnotesPartIsNamedAndTheRestIsStillRead() throws Exception {
        Path leak = Scenario.DOCX_FOOTNOTE.write(dir.resolve("src"), Fixtures.SEED);
        Path damaged = Fixtures.rewriteZip(leak, dir.resolve("damaged-footnotes.docx"),
                Map.of("word/footnotes.xml", "<w:footnotes><unclosed>".getBytes(StandardCharsets.UTF_8)));

        FileReport report = inspect(damaged);

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isIn(FailureKind.CORRUPT, FailureKind.TRUNCATED);
            assertThat(f.location().part()).isEqualTo("footnotes");
        });
    }

    @Test
    void anOdfFileWithoutContentIsCorrupt() throws Exception {
        Path clean = Scenario.ODT_CLEAN.write(dir.resolve("src"), Fixtures.SEED);
        Path empty = Fixtures.rewriteZip(clean, dir.resolve("no-content.odt"), Map.of("content.xml", new byte[0]));

        FileReport report = inspect(empty);

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind).containsAnyOf(FailureKind.CORRUPT, FailureKind.TRUNCATED);
    }
}
