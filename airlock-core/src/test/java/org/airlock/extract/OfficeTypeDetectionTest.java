package org.airlock.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.airlock.assess.Verdict;
import org.airlock.generator.Scenario;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Office documents are told apart by content: OOXML parts, the ODF mimetype entry, OLE2 streams, RTF magic. */
class OfficeTypeDetectionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "DOCX_CLEAN, DOCX, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "PPTX_CLEAN, PPTX, application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "PPT_CLEAN, PPT, application/vnd.ms-powerpoint",
        "ODT_CLEAN, ODT, application/vnd.oasis.opendocument.text",
        "ODS_CLEAN, ODS, application/vnd.oasis.opendocument.spreadsheet",
        "ODP_CLEAN, ODP, application/vnd.oasis.opendocument.presentation",
        "RTF_CLEAN, RTF, application/rtf",
        "DOCX_ENCRYPTED, ENCRYPTED_OFFICE, application/x-tika-ooxml-protected",
    })
    void detectsEachOfficeTypeByContent(Scenario scenario, DocumentType type, String mediaType) throws Exception {
        Path file = scenario.write(dir, Fixtures.SEED);

        DetectedType detected = new TypeDetector().detect(file, scenario.fileName());

        assertThat(detected.type()).isEqualTo(type);
        assertThat(detected.mediaType()).isEqualTo(mediaType);
        assertThat(detected.note()).isEmpty();
    }

    @Test
    void aDocumentNamedLikeAWorkbookIsReadAsADocumentAndTheNameIsRemarkedOn() throws Exception {
        Path docx = Scenario.DOCX_TRACKED_DELETION.write(dir, Fixtures.SEED);
        Path renamed = Files.copy(docx, dir.resolve("statistics.xlsx"), StandardCopyOption.REPLACE_EXISTING);

        FileReport report = Fixtures.inspector().inspect(renamed, "statistics.xlsx");

        assertThat(report.type().type()).isEqualTo(DocumentType.DOCX);
        assertThat(report.type().note()).contains(".xlsx").contains(DocumentType.DOCX.description());
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void aPlainZipStaysAZip() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        assertThat(new TypeDetector().detect(zip, "bundle.zip").type()).isEqualTo(DocumentType.ZIP);
    }

    @Test
    void encryptedWordDocumentIsReviewAsEncrypted() {
        Path file = Scenario.DOCX_ENCRYPTED.write(dir, Fixtures.SEED);

        FileReport report = Fixtures.inspector().inspect(file, file.getFileName().toString());

        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind).containsExactly(FailureKind.ENCRYPTED);
    }

    @Test
    void anOle2FileWithAGarbageWordStreamIsAWordDocumentThatCannotBeRead() throws Exception {
        Path doc = dir.resolve("minutes.doc");
        byte[] noise = new byte[8192];
        new Random(Fixtures.SEED).nextBytes(noise);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(noise), "WordDocument");
            fs.createDocument(new java.io.ByteArrayInputStream(noise), "1Table");
            try (OutputStream out = Files.newOutputStream(doc)) {
                fs.writeFilesystem(out);
            }
        }

        FileReport report = Fixtures.inspector().inspect(doc, "minutes.doc");

        assertThat(report.type().type()).isEqualTo(DocumentType.DOC);
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(report.notInspected()).extracting(InspectionFailure::kind)
                .containsAnyOf(FailureKind.CORRUPT, FailureKind.TRUNCATED, FailureKind.INTERNAL_ERROR);
    }
}
