package org.airlock.extract.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** RTF: hidden text, tracked deletions, annotations, footnotes, headers and tables; the clean twin passes. */
class RtfExtractorTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario) {
        Path file = scenario.write(dir, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, scenario.fileName());
    }

    @Test
    void cleanPressReleasePasses() {
        FileReport report = scan(Scenario.RTF_CLEAN);

        assertThat(report.type().type()).isEqualTo(DocumentType.RTF);
        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest
    @CsvSource({
        "RTF_TRACKED_DELETION, TRACKED_DELETION, document body, paragraph 3, TRACKED_CHANGES",
        "RTF_HIDDEN_TEXT, HIDDEN_TEXT, document body, paragraph 3, HIDDEN_TEXT",
        "RTF_COMMENT, REVIEW_COMMENT, document body, paragraph 3, COMMENTS",
        "RTF_FOOTNOTE, FOOTNOTE, document body, paragraph 3, FOOTNOTES",
        "RTF_HEADER, HEADER_FOOTER, header or footer, '', HEADERS_FOOTERS",
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
    void annotationAuthorIsNamed() {
        assertThat(scan(Scenario.RTF_COMMENT).findings())
                .anySatisfy(f -> assertThat(f.location().detail()).isEqualTo("comment by J. Analyst"));
    }

    @Test
    void anRtfTableOfDetaineesIsReadAsATable() {
        FileReport report = scan(Scenario.RTF_TABLE);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(25);
        assertThat(report.records()).anySatisfy(r -> assertThat(r.location().part()).isEqualTo("document body › table 1"));
    }

    @Test
    void truncatedRtfIsNeverPassAndSaysTruncated() throws Exception {
        String whole = Files.readString(Scenario.RTF_TABLE.write(dir, Fixtures.SEED), StandardCharsets.US_ASCII);
        Path cut = Files.writeString(dir.resolve("cut.rtf"), whole.substring(0, whole.length() / 2), StandardCharsets.US_ASCII);

        FileReport report = Fixtures.inspector().inspect(cut, "cut.rtf");

        // The rows read before the cut are already people: BLOCK; with fewer it would be REVIEW.
        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(report.notInspected()).extracting(f -> f.kind()).containsExactly(FailureKind.TRUNCATED);
    }

    @Test
    void deeplyNestedGroupsAreReviewNotACrash() throws Exception {
        Path bomb = Files.writeString(dir.resolve("nested.rtf"), "{\\rtf1 " + "{".repeat(100_000) + "x" + "}".repeat(100_000) + "}");

        FileReport report = Fixtures.inspector().inspect(bomb, "nested.rtf");

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(f -> f.kind()).containsExactly(FailureKind.CORRUPT);
    }
}
