package org.airlock.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.extract.DocumentType;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;
import org.airlock.generator.Scenario;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail attachments, image metadata and archive members: found with their path; clean twins pass. */
class MailImageArchiveTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario, int persons) {
        Path file = scenario.write(dir, persons, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, file.getFileName().toString());
    }

    @Test
    void workbookAttachedToAnEmailIsInspectedAsAWorkbook() {
        FileReport report = scan(Scenario.MAIL_ATTACHMENT, 30);

        assertThat(report.type().type()).isEqualTo(DocumentType.EMAIL);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(30);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().container()).isEqualTo("attachment 'detention-statistics.xlsx'");
            assertThat(r.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(r.visibility()).isEqualTo(Visibility.CONTAINED_FILE);
        });
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.EMAIL_ADDRESS);
            assertThat(f.visibility()).isEqualTo(Visibility.MAIL_HEADER);
        });
    }

    @Test
    void workbookAttachedToAnOutlookMessageIsInspectedAsAWorkbook() {
        FileReport report = scan(Scenario.MSG_ATTACHMENT, 30);

        assertThat(report.type().type()).isEqualTo(DocumentType.OUTLOOK_MESSAGE);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(30);
        assertThat(report.records()).anySatisfy(r ->
                assertThat(r.location().container()).isEqualTo("attachment 'detention-statistics.xlsx'"));
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.EMAIL_ADDRESS);
            assertThat(f.visibility()).isEqualTo(Visibility.MAIL_HEADER);
        });
    }

    @Test
    void emailWithTheAggregateWorkbookPasses() {
        FileReport report = scan(Scenario.MAIL_CLEAN, 0);

        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void photoWithANamedDetaineeAndGpsIsBlockedWithTheGpsAsALocation() {
        FileReport report = scan(Scenario.PHOTO_GPS, 0);

        assertThat(report.type().type()).isEqualTo(DocumentType.IMAGE);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.GPS_COORDINATES);
            assertThat(f.visibility()).isEqualTo(Visibility.IMAGE_METADATA);
            assertThat(f.location().cells()).isEqualTo("GPS");
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.GPS_POSITION));
    }

    @Test
    void photoWithoutMetadataPasses() {
        FileReport report = scan(Scenario.PHOTO_CLEAN, 0);

        assertThat(report.type().type()).isEqualTo(DocumentType.IMAGE);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void workbookInAZipInAZipIsBlockedWithTheArchivePath() {
        FileReport report = scan(Scenario.ZIP_NESTED, 40);

        assertThat(report.type().type()).isEqualTo(DocumentType.ZIP);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(40);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().container()).isEqualTo("data/inner.zip › people.xlsx");
            assertThat(r.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(r.visibility()).isEqualTo(Visibility.CONTAINED_FILE);
        });
    }

    @Test
    void csvInATarGzIsBlockedWithTheMemberPath() {
        FileReport report = scan(Scenario.TAR_GZ, 40);

        assertThat(report.type().type()).isEqualTo(DocumentType.COMPRESSED);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(40);
        assertThat(report.records()).anySatisfy(r -> assertThat(r.location().container()).endsWith("export/people.csv"));
    }

    @Test
    void zipOfStatisticsPasses() {
        FileReport report = scan(Scenario.ZIP_CLEAN, 0);

        assertThat(report.notInspected()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.hiddenPlaces()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HiddenPlaceKind.ARCHIVE_MEMBERS);
            assertThat(h.count()).isEqualTo(2);
        });
    }
}
