package org.airlock.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.assess.Policy;
import org.airlock.server.system.AirlockProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Differences from the published release on workbooks with numbers only: no detector fires on them. */
class ReleaseComparisonTest {

    @TempDir
    Path dir;

    private final ReleaseComparison comparison = new ReleaseComparison(new AirlockProperties.Compare(3.0, 2.0, 20));

    @Test
    void theSameShapeWithNewFiguresIsNoChange() throws IOException {
        FileShape before = shape(workbook("a.xlsx", 30, 4, false));
        FileShape after = shape(workbook("b.xlsx", 32, 4, false));
        assertThat(comparison.compare(after, before)).isEmpty();
    }

    @Test
    void aNewSheetIsAChange() throws IOException {
        FileShape before = shape(workbook("a.xlsx", 30, 4, false));
        FileShape after = shape(workbook("b.xlsx", 30, 4, true));
        assertThat(comparison.compare(after, before)).singleElement().asString().contains("New table").contains("Extra");
    }

    @Test
    void manyMoreRowsOrNewColumnsAreChanges() throws IOException {
        FileShape before = shape(workbook("a.xlsx", 30, 4, false));
        assertThat(comparison.compare(shape(workbook("rows.xlsx", 400, 4, false)), before))
                .anySatisfy(c -> assertThat(c).contains("400 rows"));
        assertThat(comparison.compare(shape(workbook("cols.xlsx", 30, 6, false)), before))
                .singleElement().asString().contains("6 columns");
    }

    @Test
    void aFileFarLargerThanTheReleaseIsAChange() {
        FileShape before = new FileShape(10_000, java.util.Map.of());
        assertThat(comparison.compare(new FileShape(29_000, java.util.Map.of()), before)).isEmpty();
        assertThat(comparison.compare(new FileShape(31_000, java.util.Map.of()), before))
                .singleElement().asString().contains("3.1 times");
    }

    private FileShape shape(Path file) throws IOException {
        return FileShape.of(file, Policy.defaults());
    }

    private Path workbook(String name, int rows, int columns, boolean extraSheet) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb.createSheet("Summary"), rows, columns);
            if (extraSheet) {
                fill(wb.createSheet("Extra"), 10, 2);
            }
            wb.write(out);
        }
        return file;
    }

    private static void fill(XSSFSheet sheet, int rows, int columns) {
        for (int r = 0; r < rows; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellValue((r * 7 + c * 3) % 50);
            }
        }
    }
}
