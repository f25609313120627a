package org.airlock.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Puts generated workbooks and bytes on disk: creates missing parent directories, and stamps
 * fixed document properties so that two runs with one seed differ at most in zip entry times.
 */
final class WorkbookFile {

    private static final Date CREATED = Date.from(LocalDate.of(2023, 1, 16).atStartOfDay().toInstant(ZoneOffset.UTC));

    private WorkbookFile() {
    }

    /** Stamps, writes and closes the workbook. */
    static Path save(XSSFWorkbook workbook, Path out) {
        createParent(out);
        try (workbook; OutputStream stream = Files.newOutputStream(out)) {
            stamp(workbook);
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Stamps, serialises and closes the workbook. */
    static byte[] toBytes(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            stamp(workbook);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fixed creator and dates instead of POI's "now". */
    static void stamp(XSSFWorkbook workbook) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreator("Airlock generator");
        core.setCreated(Optional.of(CREATED));
        core.setModified(Optional.of(CREATED));
    }

    static Path writeBytes(Path out, byte[] bytes) {
        createParent(out);
        try {
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void createParent(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
