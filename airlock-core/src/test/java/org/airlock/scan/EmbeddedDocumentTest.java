package org.airlock.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Limits;
import org.airlock.extract.Visibility;
import org.airlock.generator.Scenario;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PSNI shape: "one of our colleagues has embedded the source data" — a workbook inside a workbook. */
class EmbeddedDocumentTest {

    @TempDir
    Path dir;

    /** Wraps {@code inner} as an OLE package object in a one-sheet workbook, as Excel's Insert › Object does. */
    private static Path embed(Path inner, Path outer) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Summary");
            sheet.createRow(0).createCell(0).setCellValue("Quarterly summary");
            String name = inner.getFileName().toString();
            int object = workbook.addOlePackage(Files.readAllBytes(inner), name, name, name);
            int picture = workbook.addPicture(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, XSSFWorkbook.PICTURE_TYPE_PNG);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 1, 1, 3, 5);
            drawing.createObjectData(anchor, object, picture);
            try (OutputStream out = Files.newOutputStream(outer)) {
                workbook.write(out);
            }
        }
        return outer;
    }

    @Test
    void blocksPersonRecordsInAnEmbeddedWorkbookAndNamesThePath() throws Exception {
        Path inner = Scenario.ICE.write(dir.resolve("inner"), 40, 3);
        Path outer = embed(inner, dir.resolve("summary.xlsx"));

        FileReport report = new Inspector(Policy.defaults(), LocalDate.of(2026, 11, 22)).inspect(outer, "summary.xlsx");

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(40);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.location().container()).contains("xl/embeddings/").contains("ice.xlsx");
            assertThat(r.location().part()).isEqualTo("sheet 'Detainees'");
            assertThat(r.visibility()).isEqualTo(Visibility.EMBEDDED_OBJECT);
        });
    }

    @Test
    void embeddingBeyondTheDepthLimitIsNotInspected() throws Exception {
        Path inner = Scenario.ICE.write(dir.resolve("inner"), 5, 3);
        Path once = embed(inner, dir.resolve("once.xlsx"));
        Path twice = embed(once, dir.resolve("twice.xlsx"));
        Limits shallow = new Limits(1L << 30, 4L << 30, 20_000, 200.0, 1, java.time.Duration.ofMinutes(1));
        Policy policy = new Policy("shallow", 10, Policy.defaults().blockCategories(), true, 1, 25, 1, true, shallow);

        FileReport report = new Inspector(policy, LocalDate.of(2026, 11, 22)).inspect(twice, "twice.xlsx");

        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        assertThat(report.notInspected()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FailureKind.TOO_DEEP));
    }
}
