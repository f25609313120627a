package org.airlock.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.airlock.assess.Verdict;
import org.airlock.extract.DocumentType;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Limits;
import org.airlock.generator.Scenario;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of archives and markup: each file gets REVIEW (never PASS, never a crash)
 * with the reason it must get, and never holds the other files of a scan back.
 */
class HostileArchiveTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario, Inspector inspector) {
        Path file = scenario.write(dir, scenario.takesPersons() ? 20 : 0, Fixtures.SEED);
        return inspector.inspect(file, file.getFileName().toString());
    }

    @Test
    void zipBombIsStoppedByTheRatioWhileStreaming() {
        FileReport report = scan(Scenario.ZIP_BOMB, Fixtures.inspector());

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FailureKind.ZIP_BOMB));
    }

    @Test
    void gzipBombIsStoppedByTheRatioWhileStreaming() {
        FileReport report = scan(Scenario.GZIP_BOMB, Fixtures.inspector());

        assertThat(report.type().type()).isEqualTo(DocumentType.COMPRESSED);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FailureKind.ZIP_BOMB));
    }

    @Test
    void nestedZipBombIsStoppedByTheMemberCountAcrossLevels() {
        // The default limit is 20,000 members; a smaller one keeps the test quick, the mechanism is the same.
        Limits few = new Limits(1L << 30, 4L << 30, 500, 200.0, 5, Duration.ofMinutes(2));
        FileReport report = scan(Scenario.ZIP_NESTED_BOMB, new Inspector(Fixtures.defaultsWith(few), Fixtures.TODAY));

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.ZIP_BOMB);
            assertThat(f.detail()).contains("500 archive members");
        });
    }

    @Test
    void nestedZipBeyondTheDepthLimitIsTooDeep() {
        Limits shallow = new Limits(1L << 30, 4L << 30, 20_000, 200.0, 1, Duration.ofMinutes(1));
        FileReport report = scan(Scenario.ZIP_NESTED, new Inspector(Fixtures.defaultsWith(shallow), Fixtures.TODAY));

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FailureKind.TOO_DEEP);
            assertThat(f.location().container()).isEqualTo("data/inner.zip › people.xlsx");
        });
    }

    @Test
    void traversalNamesAreReportedAndNothingIsWrittenUnderThoseNames() {
        FileReport report = scan(Scenario.ZIP_TRAVERSAL, Fixtures.inspector());

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).filteredOn(f -> f.kind() == FailureKind.UNSAFE_PATH)
                .extracting(f -> f.location().cells())
                .containsExactlyInAnyOrder("../../etc/cron.d/statistics.txt", "/tmp/statistics.xlsx");
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.UNSAFE_ARCHIVE_PATH).hasSize(2);
        assertThat(Path.of("/tmp/statistics.xlsx")).doesNotExist();
        assertThat(dir.resolve("../../etc/cron.d/statistics.txt").normalize()).doesNotExist();
    }

    @Test
    void truncatedZipIsTruncated() {
        FileReport report = scan(Scenario.ZIP_TRUNCATED, Fixtures.inspector());

        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(report.notInspected()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FailureKind.TRUNCATED));
    }

    @Test
    void pageWithAWrongExtensionIsReadAsAPageAndTheMismatchIsNoted() throws Exception {
        Path page = Scenario.WEB_COMMENT.write(dir, 5, Fixtures.SEED);
        Path disguised = Files.move(page, dir.resolve("statistics.pdf"));

        FileReport report = Fixtures.inspector().inspect(disguised, "statistics.pdf");

        assertThat(report.type().type()).isEqualTo(DocumentType.HTML);
        assertThat(report.type().note()).contains(".pdf").contains("web page");
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void xmlEntityBombIsAnXmlBomb() throws Exception {
        Path bomb = Files.write(dir.resolve("export.xml"), Fixtures.billionLaughsSheet());

        FileReport report = Fixtures.inspector().inspect(bomb, "export.xml");

        assertThat(report.type().type()).isEqualTo(DocumentType.XML);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FailureKind.XML_BOMB));
    }

    @Test
    void aBombDoesNotHoldTheOtherFilesOfAScanBack() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site"));
        Scenario.ZIP_BOMB.write(folder, 0, 1);
        Scenario.WEB_CLEAN.write(folder, 0, 1);
        Scenario.WEB_TABLE.write(folder, 10, 1);
        Inspector inspector = Fixtures.inspector();

        List<FileReport> reports;
        try (var files = Files.list(folder)) {
            reports = files.sorted().map(f -> inspector.inspect(f, f.getFileName().toString())).toList();
        }

        assertThat(reports).extracting(FileReport::file, FileReport::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("web-clean.html", Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple("web-table.html", Verdict.BLOCK),
                org.assertj.core.groups.Tuple.tuple("zip-bomb.zip", Verdict.REVIEW));
    }
}
