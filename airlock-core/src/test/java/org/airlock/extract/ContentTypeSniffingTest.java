package org.airlock.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.assess.Verdict;
import org.airlock.generator.Scenario;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web, data, mail and archive types are told by content, whatever the file is called. */
class ContentTypeSniffingTest {

    @TempDir
    Path dir;

    private DetectedType detect(Scenario scenario, String name) throws Exception {
        Path file = Files.move(scenario.write(dir, scenario.takesPersons() ? 5 : 0, Fixtures.SEED), dir.resolve(name));
        return new TypeDetector().detect(file, name);
    }

    @Test
    void jsonNamedTxtIsJson() throws Exception {
        DetectedType type = detect(Scenario.JSON_EXPORT, "export.txt");
        assertThat(type.type()).isEqualTo(DocumentType.JSON);
        assertThat(type.note()).contains(".txt");
    }

    @Test
    void xmlHtmlMailImageAndArchivesWithoutExtensions() throws Exception {
        assertThat(detect(Scenario.XML_EXPORT, "a").type()).isEqualTo(DocumentType.XML);
        assertThat(detect(Scenario.WEB_CLEAN, "b").type()).isEqualTo(DocumentType.HTML);
        assertThat(detect(Scenario.MAIL_CLEAN, "c").type()).isEqualTo(DocumentType.EMAIL);
        assertThat(detect(Scenario.MSG_ATTACHMENT, "d").type()).isEqualTo(DocumentType.OUTLOOK_MESSAGE);
        assertThat(detect(Scenario.PHOTO_CLEAN, "e").type()).isEqualTo(DocumentType.IMAGE);
        assertThat(detect(Scenario.ZIP_CLEAN, "f").type()).isEqualTo(DocumentType.ZIP);
        assertThat(detect(Scenario.TAR_GZ, "g").type()).isEqualTo(DocumentType.COMPRESSED);
    }

    @Test
    void markdownStaysText() throws Exception {
        Path md = Files.writeString(dir.resolve("notes.md"), "# Release notes\n\n- Statistics updated for fiscal year 2023.\n");
        assertThat(new TypeDetector().detect(md, "notes.md").type()).isEqualTo(DocumentType.TEXT);
    }

    @Test
    void sevenZipMembersAreInspected() throws Exception {
        Path csv = Scenario.ICE_CSV.write(dir, 15, Fixtures.SEED);
        Path archive = dir.resolve("export.7z");
        try (SevenZOutputFile out = new SevenZOutputFile(archive.toFile())) {
            SevenZArchiveEntry entry = out.createArchiveEntry(csv.toFile(), "export/people.csv");
            out.putArchiveEntry(entry);
            out.write(Files.readAllBytes(csv));
            out.closeArchiveEntry();
        }

        FileReport report = Fixtures.inspector().inspect(archive, "export.7z");

        assertThat(report.type().type()).isEqualTo(DocumentType.SEVEN_ZIP);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(15);
        assertThat(report.records()).anySatisfy(r -> assertThat(r.location().container()).isEqualTo("export/people.csv"));
    }

}
