package org.airlock.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LeakWorkbooksTest {

    private static final long SEED = 42;
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.US);

    @TempDir
    Path dir;

    @Test
    void iceStyleHasASummaryAndAVeryHiddenSheetOfEveryDetainee() throws IOException {
        Path file = LeakWorkbooks.iceStyle(dir.resolve("ice.xlsx"), 6_252, SheetState.VERY_HIDDEN, SEED);
        List<Person> people = new PeopleGenerator(SEED).people(6_252);
        try (XSSFWorkbook workbook = xlsx(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Detainees");
            assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getActiveSheetIndex()).isZero();

            Sheet summary = workbook.getSheetAt(0);
            assertThat(text(summary.getRow(0).getCell(0))).isEqualTo("ICE Detention Statistics FY2023");
            assertThat(texts(summary.getRow(2))).containsExactly("Country of Citizenship", "Detained", "Released", "Removed");
            double detained = 0;
            for (int r = 3; r < 3 + Origin.values().length; r++) {
                detained += summary.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(detained).isEqualTo(6_252);

            Sheet detainees = workbook.getSheetAt(1);
            assertThat(texts(detainees.getRow(0))).containsExactlyElementsOf(IceWorkbook.DETAINEE_HEADERS);
            assertThat(detainees.getLastRowNum()).isEqualTo(6_252);
            assertThat(detainees.getPhysicalNumberOfRows()).isEqualTo(6_253);
            Set<String> aNumbers = new HashSet<>();
            for (int r = 1; r <= 6_252; r++) {
                Row row = detainees.getRow(r);
                Person person = people.get(r - 1);
                assertThat(text(row.getCell(0))).isEqualTo(person.familyName());
                assertThat(text(row.getCell(1))).isEqualTo(person.givenName());
                assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(person.dateOfBirth());
                assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("mm/dd/yyyy");
                assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(person.bookInDate());
                String aNumber = text(row.getCell(4));
                assertThat(aNumber).matches("A2[0-4]\\d{7}");
                aNumbers.add(aNumber);
            }
            assertThat(aNumbers).hasSize(6_252);
        }
    }

    @ParameterizedTest
    @EnumSource(SheetState.class)
    void iceStyleHidesTheDetaineesSheetAsAsked(SheetState state) throws IOException {
        Path file = LeakWorkbooks.iceStyle(dir.resolve("ice.xlsx"), 20, state, SEED);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(state.visibility());
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(20);
        }
    }

    @Test
    void homeOfficeStylePutsPeopleBelowTheStatistics() throws IOException {
        Path file = LeakWorkbooks.homeOfficeStyle(dir.resolve("ho.xlsx"), 150, true, SEED);
        List<Person> people = new PeopleGenerator(SEED).people(150);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheet("Family returns");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(texts(sheet.getRow(1))).containsExactly("Quarter", "Families", "Children", "Adults");
            assertThat(text(sheet.getRow(2).getCell(0))).isEqualTo("2013 Q1");
            assertThat(text(sheet.getRow(9).getCell(0))).isEqualTo("2014 Q4");
            assertThat(sheet.getRow(10)).isNull();
            assertThat(sheet.getRow(11)).isNull();
            assertThat(texts(sheet.getRow(12))).containsExactly("Name", "Date of birth", "Nationality", "Case stage", "Office");
            Row first = sheet.getRow(13);
            assertThat(text(first.getCell(0))).isEqualTo(people.get(0).fullName());
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(people.get(0).dateOfBirth());
            assertThat(text(first.getCell(2))).isEqualTo(Origin.byCountry(people.get(0).countryOfCitizenship()).titleCase());
            assertThat(sheet.getLastRowNum()).isEqualTo(12 + 150);
        }
        Path headless = LeakWorkbooks.homeOfficeStyle(dir.resolve("ho2.xlsx"), 150, false, SEED);
        try (Workbook workbook = WorkbookFactory.create(headless.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(12).getCell(0))).isEqualTo(people.get(0).fullName());
            assertThat(sheet.getLastRowNum()).isEqualTo(11 + 150);
        }
    }

    @Test
    void hiddenColumnsHoldPeopleBesideVisibleStatistics() throws IOException {
        Path file = LeakWorkbooks.hiddenColumns(dir.resolve("hc.xlsx"), 300, SEED);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Report");
            assertThat(texts(sheet.getRow(0))).containsExactly(
                    "Region", "Cases", "Median days", "Full name", "Date of birth", "A-Number");
            for (int column = 0; column < 3; column++) {
                assertThat(sheet.isColumnHidden(column)).isFalse();
            }
            for (int column = 3; column < 6; column++) {
                assertThat(sheet.isColumnHidden(column)).isTrue();
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(300);
            assertThat(text(sheet.getRow(300).getCell(5))).matches("A\\d{9}");
            assertThat(sheet.getRow(300).getCell(0)).isNull();
        }
    }

    @Test
    void zeroWidthColumnsAreNarrowNotHidden() throws IOException {
        Path file = LeakWorkbooks.zeroWidthColumns(dir.resolve("zw.xlsx"), 300, SEED);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Report");
            for (int column = 3; column < 6; column++) {
                assertThat(sheet.isColumnHidden(column)).isFalse();
                assertThat(sheet.getColumnWidth(column)).isZero();
            }
            assertThat(sheet.getColumnWidth(0)).isPositive();
            assertThat(text(sheet.getRow(1).getCell(3))).isNotBlank();
        }
    }

    @Test
    void whiteTextIsWhiteOnNoFillAndOnWhiteFill() throws IOException {
        Path file = LeakWorkbooks.whiteText(dir.resolve("wt.xlsx"), 100, SEED);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Statistics");
            int header = findRow(sheet, "Full name");
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 100);
            int solid = 0;
            for (int r = header; r <= header + 100; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                    assertThat(style.getFont().getXSSFColor().getARGBHex()).endsWith("FFFFFF");
                    if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                        assertThat(style.getFillForegroundColorColor().getARGBHex()).endsWith("FFFFFF");
                        solid++;
                    }
                }
            }
            assertThat(solid).isEqualTo(50 * 3);
            // The statistics above stay in the default (black) font.
            XSSFCellStyle statistics = (XSSFCellStyle) sheet.getRow(2).getCell(0).getCellStyle();
            assertThat(statistics.getFont().getXSSFColor().getARGBHex()).isNotEqualTo("FFFFFFFF");
        }
    }

    @Test
    void invisibleNumberFormatCoversEveryPersonCell() throws IOException {
        Path file = LeakWorkbooks.invisibleNumberFormat(dir.resolve("if.xlsx"), 80, SEED);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Statistics");
            int header = findRow(sheet, "Full name");
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 80);
            for (int r = header; r <= header + 80; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    // POI's DataFormatter does not render empty sections, so check the format itself.
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(";;;");
                }
                assertThat(sheet.getRow(r).getPhysicalNumberOfCells()).isEqualTo(4);
            }
        }
    }

    @Test
    void hiddenRowsArePresentButZeroHeight() throws IOException {
        Path file = LeakWorkbooks.hiddenRows(dir.resolve("hr.xlsx"), 80, SEED);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Statistics");
            int header = findRow(sheet, "Full name");
            assertThat(sheet.getRow(2).getZeroHeight()).isFalse();
            for (int r = header; r <= header + 80; r++) {
                assertThat(sheet.getRow(r).getZeroHeight()).isTrue();
            }
            assertThat(text(sheet.getRow(header + 80).getCell(3))).matches("A\\d{9}");
        }
    }

    @Test
    void commentsCarryPersonDetails() throws IOException {
        Path file = LeakWorkbooks.comments(dir.resolve("c.xlsx"), 40, SEED);
        List<Person> people = new PeopleGenerator(SEED).people(40);
        try (XSSFWorkbook workbook = xlsx(file)) {
            XSSFSheet sheet = workbook.getSheet("Statistics");
            List<Comment> comments = new ArrayList<>(sheet.getCellComments().values());
            assertThat(comments).hasSize(40);
            assertThat(comments).allSatisfy(comment -> {
                assertThat(comment.getAuthor()).isEqualTo("J. Analyst");
                assertThat(comment.getString().getString())
                        .matches("Detainee .+, DOB \\d{2}/\\d{2}/\\d{4}, A-number A\\d{9}, nationality [A-Z ]+");
            });
            Comment first = sheet.getCellComment(new CellAddress(2, 1));
            Person person = people.get(0);
            assertThat(first.getString().getString()).contains(person.aNumber(), person.countryOfCitizenship(),
                    person.familyName().toUpperCase(Locale.ROOT));
            // The cells themselves hold only statistics.
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void chartCacheHoldsNamesThatNoCellHolds() throws IOException {
        Path file = LeakWorkbooks.chartCache(dir.resolve("chart.xlsx"), 60, SEED);
        List<Person> people = new PeopleGenerator(SEED).people(60);
        try (XSSFWorkbook workbook = xlsx(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheet("Chart");
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(text(cell)).isNotEqualTo(people.get(0).fullName());
                }
            }
        }
        String chart = zipEntry(file, "xl/charts/chart1.xml");
        assertThat(chart).contains("<c:f>Casework!$A$2:$A$61</c:f><c:strCache><c:ptCount val=\"60\"/>");
        for (Person person : people) {
            assertThat(chart).contains("<c:v>" + person.fullName() + "</c:v>");
        }
        assertThat(zipEntry(file, "xl/sharedStrings.xml")).doesNotContain(people.get(0).fullName());
    }

    @Test
    void harmlessWorkbooksHoldNoPeople() throws IOException {
        List<Path> files = List.of(
                LeakWorkbooks.aggregateByNationality(dir.resolve("agg.xlsx"), SEED),
                LeakWorkbooks.budgetWithAccountCodes(dir.resolve("budget.xlsx"), SEED),
                LeakWorkbooks.facilityList(dir.resolve("fac.xlsx"), SEED));
        Set<String> names = new HashSet<>();
        for (Person person : new PeopleGenerator(SEED).people(500)) {
            names.add(person.familyName());
            names.add(person.fullName());
        }
        for (Path file : files) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String value = text(cell);
                            assertThat(value).doesNotMatch("A\\d{9}");
                            assertThat(names).doesNotContain(value);
                        }
                    }
                }
            }
        }
        try (Workbook budget = WorkbookFactory.create(files.get(1).toFile())) {
            Sheet sheet = budget.getSheet("Budget");
            assertThat(texts(sheet.getRow(1))).containsExactly(
                    "Account code", "Cost centre", "Description", "FY2023 budget", "FY2024 budget");
            assertThat(text(sheet.getRow(2).getCell(0))).matches("4100\\d{5}");
        }
        try (Workbook facilities = WorkbookFactory.create(files.get(2).toFile())) {
            Sheet sheet = facilities.getSheet("Facilities");
            assertThat(sheet.getLastRowNum()).isEqualTo(DetentionFacility.ALL.size());
            assertThat(text(sheet.getRow(1).getCell(0))).isEqualTo(DetentionFacility.ALL.get(0).name());
            assertThat(text(sheet.getRow(1).getCell(4))).matches("\\d{5}(-\\d{4})?");
        }
        try (Workbook aggregate = WorkbookFactory.create(files.get(0).toFile())) {
            Sheet sheet = aggregate.getSheet("By nationality");
            assertThat(text(sheet.getRow(1).getCell(1))).isEqualTo("Jan 2023");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + Origin.values().length);
        }
    }

    @Test
    void iceStyleXlsIsALegacyWorkbookWithAHiddenSheet() throws IOException {
        Path file = LeakWorkbooks.iceStyleXls(dir.resolve("ice.xls"), 2_000, SheetState.HIDDEN, SEED);
        assertThat(FileMagic.valueOf(Files.readAllBytes(file))).isEqualTo(FileMagic.OLE2);
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
            assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.HIDDEN);
            Sheet detainees = workbook.getSheet("Detainees");
            assertThat(detainees.getLastRowNum()).isEqualTo(2_000);
            assertThat(FORMATTER.formatCellValue(detainees.getRow(1).getCell(2))).matches("\\d{2}/\\d{2}/\\d{4}");
        }
        assertThatThrownBy(() -> LeakWorkbooks.iceStyleXls(dir.resolve("big.xls"), 65_001, SheetState.VISIBLE, SEED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void iceStyleCsvHasAHeaderAndOneLinePerPerson() throws IOException {
        Path file = LeakWorkbooks.iceStyleCsv(dir.resolve("ice.csv"), 500, ';', StandardCharsets.UTF_8, SEED);
        List<Person> people = new PeopleGenerator(SEED).people(500);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(501);
        assertThat(lines.get(0)).isEqualTo(String.join(";", IceWorkbook.DETAINEE_HEADERS));
        Person first = people.get(0);
        assertThat(lines.get(1)).startsWith(first.familyName() + ";" + first.givenName() + ";"
                + String.format("%02d/%02d/%04d", first.dateOfBirth().getMonthValue(),
                        first.dateOfBirth().getDayOfMonth(), first.dateOfBirth().getYear()));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("\r\n");

        Path latin1 = LeakWorkbooks.iceStyleCsv(dir.resolve("latin1.csv"), 500, ',', StandardCharsets.ISO_8859_1, SEED);
        assertThat(Files.readAllLines(latin1, StandardCharsets.ISO_8859_1)).hasSize(501);
    }

    @Test
    void encryptedFileIsOle2AndRefusedWithoutThePassword() throws IOException {
        Path file = LeakWorkbooks.encrypted(dir.resolve("enc.xlsx"), "secret", SEED);
        try (InputStream stream = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            assertThat(FileMagic.valueOf(stream)).isEqualTo(FileMagic.OLE2);
        }
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile()).close())
                .isInstanceOf(EncryptedDocumentException.class);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), "secret", true)) {
            assertThat(workbook.getSheet("Detainees").getLastRowNum()).isEqualTo(1_000);
        }
    }

    @Test
    void truncatedAndCorruptFilesCannotBeOpened() throws IOException {
        Path whole = LeakWorkbooks.iceStyle(dir.resolve("whole.xlsx"), 1_000, SheetState.VISIBLE, SEED);
        Path truncated = LeakWorkbooks.truncated(dir.resolve("t.xlsx"), SEED);
        assertThat(Files.size(truncated)).isBetween(Files.size(whole) * 55 / 100, Files.size(whole) * 65 / 100);
        assertThat(Files.readAllBytes(truncated)).startsWith('P', 'K', 3, 4);
        assertThatThrownBy(() -> WorkbookFactory.create(truncated.toFile()).close()).isInstanceOf(Exception.class);

        Path corrupt = LeakWorkbooks.corruptZip(dir.resolve("c.xlsx"), SEED);
        assertThat(Files.readAllBytes(corrupt)).startsWith('P', 'K', 3, 4);
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(Files.readAllBytes(LeakWorkbooks.corruptZip(dir.resolve("c2.xlsx"), SEED)));
        assertThatThrownBy(() -> WorkbookFactory.create(corrupt.toFile()).close()).isInstanceOf(Exception.class);
    }

    @Test
    void largeSheetStreamsRowsWithUniqueANumbers() throws IOException {
        long start = System.nanoTime();
        Path file = LeakWorkbooks.largeSheet(dir.resolve("large.xlsx"), 20_000, SEED);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("20,000 rows should take well under the 1M-row budget").isLessThan(10_000);
        try (XSSFWorkbook workbook = xlsx(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Detainees");
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(IceWorkbook.DETAINEE_HEADERS);
            assertThat(sheet.getLastRowNum()).isEqualTo(20_000);
            Set<String> aNumbers = new HashSet<>();
            for (int r = 1; r <= 20_000; r++) {
                String aNumber = text(sheet.getRow(r).getCell(4));
                assertThat(aNumber).matches("A2[0-4]\\d{7}");
                aNumbers.add(aNumber);
            }
            assertThat(aNumbers).hasSize(20_000);
            Cell birth = sheet.getRow(1).getCell(2);
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isBetween(
                    LocalDate.of(1950, 1, 1), LocalDate.of(2006, 12, 31));
        }
        // Inline strings: the shared-strings part SXSSF writes stays empty.
        assertThat(zipEntry(file, "xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
        assertThat(zipEntry(file, "xl/sharedStrings.xml")).contains("uniqueCount=\"0\"");
    }

    @Test
    void sameSeedGivesTheSameCells() throws IOException {
        Path a = LeakWorkbooks.homeOfficeStyle(dir.resolve("a.xlsx"), 50, true, SEED);
        Path b = LeakWorkbooks.homeOfficeStyle(dir.resolve("b.xlsx"), 50, true, SEED);
        Path c = LeakWorkbooks.homeOfficeStyle(dir.resolve("c.xlsx"), 50, true, SEED + 1);
        assertThat(allText(a)).isEqualTo(allText(b)).isNotEqualTo(allText(c));
    }

    /** Opens with {@code new XSSFWorkbook(File)}, as a reader of these files would. */
    static XSSFWorkbook xlsx(Path file) throws IOException {
        try {
            return new XSSFWorkbook(file.toFile());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell);
    }

    static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(text(cell));
        }
        return values;
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    private static List<String> allText(Path file) throws IOException {
        List<String> values = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    values.add(row.getRowNum() + ":" + texts(row));
                }
            }
        }
        return values;
    }

    static String zipEntry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream stream = zip.getInputStream(entry)) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
