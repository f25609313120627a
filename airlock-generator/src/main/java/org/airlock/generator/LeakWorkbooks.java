package org.airlock.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes spreadsheets for testing and demonstrating Airlock: leak-shaped workbooks that hide
 * fictional people's data the ways real incidents did, harmless look-alikes that must pass, the ICE
 * scenario in other formats, damaged or encrypted files, and a large sheet for benchmarks.
 *
 * <p>Every method is deterministic: the same arguments and seed give the same cell content (file
 * bytes may still differ where POI or the zip format stamp times). People come from
 * {@link PeopleGenerator} with the given seed. Each method creates missing parent directories,
 * overwrites {@code out} and returns it.
 */
public final class LeakWorkbooks {

    /** HSSF's row limit is 65,536; keep room for the header. */
    public static final int MAX_XLS_PERSONS = 65_000;

    /** ICE field offices double as harmless region labels for statistics tables. */
    private static final List<String> REGIONS = List.of(
            "Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit",
            "El Paso", "Houston", "Los Angeles", "Miami");
    private static final List<String> CASE_STAGES = List.of(
            "Returns preparation", "Ensured return", "Required return", "Assisted return",
            "Independent return");
    private static final List<String> HOME_OFFICES = List.of(
            "Croydon", "Liverpool", "Glasgow", "Solihull", "Leeds");
    private static final String COMMENT_AUTHOR = "J. Analyst";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final int LARGE_SHEET_POOL = 5_000;

    private LeakWorkbooks() {
    }

    // ---------------------------------------------------------------- leaks

    /**
     * The ICE 2022 incident: a visible "Summary" sheet of counts per country and, as the second
     * sheet, "Detainees" with one row per person (Last Name, First Name, Date of Birth, Country of
     * Citizenship, A-Number, Gender, Detention Facility, Case Status, Book-In Date; dates are real
     * Excel dates formatted mm/dd/yyyy). Summary stays the active sheet.
     *
     * @param detaineesState how well the Detainees sheet is hidden
     */
    public static Path iceStyle(Path out, int persons, SheetState detaineesState, long seed) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        IceWorkbook.fill(workbook, people(persons, seed), detaineesState, seed);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * The 2013 Home Office case: one sheet "Family returns" with a quarterly statistics table at the
     * top and, after two blank rows, one row per person (Name, Date of birth as dd/mm/yyyy, Nationality,
     * Case stage, Office).
     *
     * @param withHeader whether the person rows get their own header row; without it the data
     *                   has to be recognised from values alone
     */
    public static Path homeOfficeStyle(Path out, int persons, boolean withHeader, long seed) {
        Random random = new Random(seed);
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Family returns"), "dd/mm/yyyy");
        writer.header("Family returns process: quarterly statistics");
        writer.header("Quarter", "Families", "Children", "Adults");
        for (int quarter = 0; quarter < 8; quarter++) {
            int families = 40 + random.nextInt(120);
            int children = families * (12 + random.nextInt(10)) / 10;
            int adults = families * (13 + random.nextInt(6)) / 10;
            writer.row((2013 + quarter / 4) + " Q" + (quarter % 4 + 1), families, children, adults);
        }
        writer.skip(2);
        if (withHeader) {
            writer.header("Name", "Date of birth", "Nationality", "Case stage", "Office");
        }
        for (Person person : people(persons, seed)) {
            writer.row(person.fullName(), person.dateOfBirth(),
                    Origin.byCountry(person.countryOfCitizenship()).titleCase(),
                    pick(CASE_STAGES, random), pick(HOME_OFFICES, random));
        }
        writer.widen(5, 22);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * One visible sheet "Report": Region, Cases and Median days in columns A–C, and in columns D–F,
     * hidden with {@code setColumnHidden}, Full name, Date of birth (dd/mm/yyyy) and A-Number for
     * {@code persons} rows.
     */
    public static Path hiddenColumns(Path out, int persons, long seed) {
        return personColumnsBesideReport(out, persons, seed, false);
    }

    /**
     * Like {@link #hiddenColumns} but columns D–F are given width 0 instead of being hidden, which
     * hides them just as well on screen while their hidden flag stays off.
     */
    public static Path zeroWidthColumns(Path out, int persons, long seed) {
        return personColumnsBesideReport(out, persons, seed, true);
    }

    /**
     * A visible region table on sheet "Statistics" and, two rows below it, Full name, Date of birth
     * and Nationality of {@code persons} people in white (FFFFFF) font: the first half on no fill,
     * the second half on a white solid fill. The block has a header row in the same white font.
     */
    public static Path whiteText(Path out, int persons, long seed) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Statistics"), "dd/mm/yyyy");
        regionTable(writer, new Random(seed));
        writer.skip(2);

        XSSFColor white = new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        XSSFFont whiteFont = workbook.createFont();
        whiteFont.setColor(white);
        XSSFCellStyle noFillText = workbook.createCellStyle();
        noFillText.setFont(whiteFont);
        XSSFCellStyle noFillDate = workbook.createCellStyle();
        noFillDate.cloneStyleFrom(writer.dateStyle());
        noFillDate.setFont(whiteFont);
        XSSFCellStyle whiteFillText = workbook.createCellStyle();
        whiteFillText.cloneStyleFrom(noFillText);
        whiteFillText.setFillForegroundColor(white);
        whiteFillText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFCellStyle whiteFillDate = workbook.createCellStyle();
        whiteFillDate.cloneStyleFrom(noFillDate);
        whiteFillDate.setFillForegroundColor(white);
        whiteFillDate.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        styleRow(writer.row("Full name", "Date of birth", "Nationality"), noFillText, noFillDate);
        List<Person> people = people(persons, seed);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Row row = writer.row(person.fullName(), person.dateOfBirth(), person.countryOfCitizenship());
            boolean firstHalf = i < people.size() / 2;
            styleRow(row, firstHalf ? noFillText : whiteFillText, firstHalf ? noFillDate : whiteFillDate);
        }
        writer.widen(3, 24);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * A visible region table on sheet "Statistics" and, two rows below it, a header and
     * {@code persons} rows of Full name, Date of birth, Nationality and A-Number whose cells all use
     * the custom number format {@code ;;;}, which displays nothing for any value.
     */
    public static Path invisibleNumberFormat(Path out, int persons, long seed) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Statistics"), "dd/mm/yyyy");
        regionTable(writer, new Random(seed));
        writer.skip(2);
        CellStyle invisible = workbook.createCellStyle();
        invisible.setDataFormat(workbook.createDataFormat().getFormat(";;;"));
        styleRow(writer.row("Full name", "Date of birth", "Nationality", "A-Number"), invisible, invisible);
        for (Person person : people(persons, seed)) {
            styleRow(personRow(writer, person), invisible, invisible);
        }
        writer.widen(4, 24);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * A visible region table on sheet "Statistics" and, two rows below it, a header and
     * {@code persons} rows of Full name, Date of birth, Nationality and A-Number, all present but
     * hidden with zero height.
     */
    public static Path hiddenRows(Path out, int persons, long seed) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Statistics"), "dd/mm/yyyy");
        regionTable(writer, new Random(seed));
        writer.skip(2);
        writer.row("Full name", "Date of birth", "Nationality", "A-Number").setZeroHeight(true);
        for (Person person : people(persons, seed)) {
            personRow(writer, person).setZeroHeight(true);
        }
        writer.widen(4, 24);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * A harmless monthly statistics sheet "Statistics" (Period, Book-ins, Releases, Removals) where
     * {@code commented} numeric cells carry a cell comment by "J. Analyst" giving one person's
     * details, e.g. {@code Detainee Maria LOPEZ GARCIA, DOB 03/12/1985, A-number A201234567,
     * nationality GUATEMALA}.
     */
    public static Path comments(Path out, int commented, long seed) {
        Random random = new Random(seed);
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Statistics");
        SheetWriter writer = new SheetWriter(sheet, "mm/dd/yyyy");
        writer.header("Detention statistics by month");
        writer.header("Period", "Book-ins", "Releases", "Removals");
        int firstDataRow = writer.nextRow();
        int periods = Math.max(12, (commented + 2) / 3);
        YearMonth month = YearMonth.of(2015, 1);
        for (int i = 0; i < periods; i++, month = month.plusMonths(1)) {
            int bookIns = 800 + random.nextInt(900);
            writer.row(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear(),
                    bookIns, bookIns * (30 + random.nextInt(30)) / 100, bookIns * (20 + random.nextInt(30)) / 100);
        }
        writer.widen(4, 14);

        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        List<Person> people = people(commented, seed);
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Cell cell = sheet.getRow(firstDataRow + i / 3).getCell(1 + i % 3);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setAuthor(COMMENT_AUTHOR);
            comment.setString(factory.createRichTextString("Detainee " + person.givenName() + " "
                    + person.familyName().toUpperCase(Locale.ROOT) + ", DOB " + US_DATE.format(person.dateOfBirth())
                    + ", A-number " + person.aNumber() + ", nationality " + person.countryOfCitizenship()));
            cell.setCellComment(comment);
        }
        return WorkbookFile.save(workbook, out);
    }

    /**
     * The Islington case: a "Pivot" sheet summarising people by nationality whose pivot cache still
     * holds every person's Name, Date of birth, Nationality and Case status, while the source sheet
     * has been deleted. See {@link PivotCacheWorkbook} for the exact XML of the cache parts.
     */
    public static Path pivotCacheWithoutSource(Path out, int persons, long seed) {
        WorkbookFile.createParent(out);
        try {
            PivotCacheWorkbook.write(out, people(persons, seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A sheet "Chart" with a bar chart "Days in detention by detainee" whose categories are people's
     * full names. The chart's series refer to a sheet "Casework" that no longer exists, but its
     * caches ({@code c:cat/c:strRef/c:strCache} in {@code xl/charts/chart1.xml}) still hold every
     * name, and {@code c:val/c:numRef/c:numCache} the day counts. No cell holds a name.
     */
    public static Path chartCache(Path out, int persons, long seed) {
        List<Person> people = people(persons, seed);
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one person");
        }
        String[] names = people.stream().map(Person::fullName).toArray(String[]::new);
        LocalDate census = LocalDate.of(2023, 1, 1);
        Integer[] days = people.stream()
                .map(p -> (int) (census.toEpochDay() - p.bookInDate().toEpochDay()))
                .toArray(Integer[]::new);
        int lastRow = people.size() + 1;

        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Chart");
        SheetWriter writer = new SheetWriter(sheet, "mm/dd/yyyy");
        writer.header("Days in detention at 1 January 2023");
        writer.row("Detainees", people.size());
        writer.row("Median days", Arrays.stream(days).sorted().toList().get(days.length / 2));

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 4, 12, 30));
        chart.setTitleText("Days in detention by detainee");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        // Array sources with a formula: POI writes the reference and fills the cache from the
        // arrays, as if the cells had existed when the chart was last calculated.
        XDDFCategoryDataSource nameSource = XDDFDataSourcesFactory.fromArray(names, "Casework!$A$2:$A$" + lastRow);
        XDDFNumericalDataSource<Integer> daySource = XDDFDataSourcesFactory.fromArray(days, "Casework!$B$2:$B$" + lastRow);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.addSeries(nameSource, daySource).setTitle("Days in detention", null);
        chart.plot(bars);
        return WorkbookFile.save(workbook, out);
    }

    // ---------------------------------------------------------------- harmless look-alikes

    /**
     * Harmless: sheet "By nationality" with detention counts per country of citizenship per month of
     * 2023 and totals. Aggregates only, no people.
     */
    public static Path aggregateByNationality(Path out, long seed) {
        return HarmlessWorkbooks.aggregateByNationality(out, seed);
    }

    /**
     * Harmless: sheet "Budget" with Account code (nine-digit numbers such as 410020315, which look
     * like A-numbers or SSNs without being either), Cost centre, Description, FY2023 budget and
     * FY2024 budget.
     */
    public static Path budgetWithAccountCodes(Path out, long seed) {
        return HarmlessWorkbooks.budgetWithAccountCodes(out, seed);
    }

    /**
     * Harmless: sheet "Facilities" listing the fictional detention facilities with Street address,
     * City, State, ZIP, Main phone (the facility's switchboard, not a person's) and Capacity.
     */
    public static Path facilityList(Path out, long seed) {
        return HarmlessWorkbooks.facilityList(out, seed);
    }

    // ---------------------------------------------------------------- other formats

    /**
     * The ICE scenario as a legacy binary .xls (HSSF) workbook.
     *
     * @param persons at most {@link #MAX_XLS_PERSONS}
     */
    public static Path iceStyleXls(Path out, int persons, SheetState detaineesState, long seed) {
        if (persons > MAX_XLS_PERSONS) {
            throw new IllegalArgumentException("an .xls sheet holds at most " + MAX_XLS_PERSONS + " persons: " + persons);
        }
        WorkbookFile.createParent(out);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream stream = Files.newOutputStream(out)) {
            IceWorkbook.fill(workbook, people(persons, seed), detaineesState, seed);
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The ICE Detainees table as delimited text: a header row and one row per person, dates as
     * MM/dd/yyyy text, fields quoted when they contain the delimiter, a quote or a line break, lines
     * ended by CRLF. Characters the charset cannot encode (native-script names in ISO-8859-1, say)
     * are written as {@code ?}, as many export tools do.
     */
    public static Path iceStyleCsv(Path out, int persons, char delimiter, Charset charset, long seed) {
        WorkbookFile.createParent(out);
        try (Writer writer = new OutputStreamWriter(Files.newOutputStream(out), charset)) {
            writeCsvLine(writer, IceWorkbook.DETAINEE_HEADERS.toArray(), delimiter);
            for (Person person : people(persons, seed)) {
                Object[] values = IceWorkbook.detaineeRow(person);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof LocalDate date) {
                        values[i] = US_DATE.format(date);
                    }
                }
                writeCsvLine(writer, values, delimiter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- damaged and encrypted

    /**
     * An ICE-style workbook (1,000 persons, Detainees visible) encrypted with {@code password}
     * using Office agile encryption: an OLE2 (POIFS) container holding EncryptionInfo and
     * EncryptedPackage streams, which POI refuses to open without the password.
     */
    public static Path encrypted(Path out, String password, long seed) {
        return DamagedFiles.encrypted(out, password, seed);
    }

    /** A valid ICE-style xlsx (1,000 persons) cut off after 60% of its bytes, as by a failed upload. */
    public static Path truncated(Path out, long seed) {
        return DamagedFiles.truncated(out, seed);
    }

    /** A zip local-file-header signature ("PK\3\4") followed by 32 KiB of random bytes. */
    public static Path corruptZip(Path out, long seed) {
        return DamagedFiles.corruptZip(out, seed);
    }

    // ---------------------------------------------------------------- benchmarks

    /**
     * One sheet "Detainees" with a header and {@code rows} person rows in the ICE columns, streamed
     * with SXSSF (100-row window, inline strings) so a million rows need little heap. People repeat
     * from a pool of 5,000, but every row gets its own A-number.
     *
     * @param rows at most 50,000,000, the number of distinct A-numbers in the range used
     */
    public static Path largeSheet(Path out, int rows, long seed) {
        int aNumberRange = PeopleGenerator.A_NUMBER_MAX - PeopleGenerator.A_NUMBER_MIN + 1;
        if (rows < 0 || rows > aNumberRange) {
            throw new IllegalArgumentException("rows must be between 0 and " + aNumberRange + ": " + rows);
        }
        List<Person> pool = people(Math.min(rows, LARGE_SHEET_POOL), seed);
        // Stepping through the A-number range by a stride coprime to its size visits every number
        // once before repeating, so rows get distinct, scattered A-numbers without a lookup set.
        long stride = 7_368_787L;
        long offset = new Random(seed).nextInt(aNumberRange);
        WorkbookFile.createParent(out);
        // close() also deletes SXSSF's temporary sheet files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(out)) {
            WorkbookFile.stamp(workbook.getXSSFWorkbook());
            SheetWriter writer = new SheetWriter(workbook.createSheet(IceWorkbook.DETAINEES_SHEET), IceWorkbook.DATE_FORMAT);
            writer.header(IceWorkbook.DETAINEE_HEADERS.toArray(String[]::new));
            for (int i = 0; i < rows; i++) {
                Object[] values = IceWorkbook.detaineeRow(pool.get(i % pool.size()));
                values[4] = "A" + (PeopleGenerator.A_NUMBER_MIN + (offset + i * stride) % aNumberRange);
                writer.row(values);
            }
            workbook.write(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static List<Person> people(int persons, long seed) {
        return new PeopleGenerator(seed).people(persons);
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** The few-row statistics table that hidden data hides behind. */
    private static void regionTable(SheetWriter writer, Random random) {
        writer.header("Detention cases by field office");
        writer.header("Region", "Cases", "Median days");
        for (String region : REGIONS.subList(0, 8)) {
            writer.row(region, 50 + random.nextInt(900), 10 + random.nextInt(90));
        }
    }

    private static Row personRow(SheetWriter writer, Person person) {
        return writer.row(person.fullName(), person.dateOfBirth(), person.countryOfCitizenship(), person.aNumber());
    }

    private static Path personColumnsBesideReport(Path out, int persons, long seed, boolean zeroWidth) {
        Random random = new Random(seed);
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Report");
        SheetWriter writer = new SheetWriter(sheet, "dd/mm/yyyy");
        writer.header("Region", "Cases", "Median days", "Full name", "Date of birth", "A-Number");
        List<Person> people = people(persons, seed);
        int rows = Math.max(people.size(), REGIONS.size());
        for (int i = 0; i < rows; i++) {
            Object[] values = new Object[6];
            if (i < REGIONS.size()) {
                values[0] = REGIONS.get(i);
                values[1] = 50 + random.nextInt(900);
                values[2] = 10 + random.nextInt(90);
            }
            if (i < people.size()) {
                Person person = people.get(i);
                values[3] = person.fullName();
                values[4] = person.dateOfBirth();
                values[5] = person.aNumber();
            }
            writer.row(values);
        }
        writer.widen(3, 14);
        for (int column = 3; column < 6; column++) {
            if (zeroWidth) {
                sheet.setColumnWidth(column, 0);
            } else {
                sheet.setColumnWidth(column, 24 * 256);
                sheet.setColumnHidden(column, true);
            }
        }
        return WorkbookFile.save(workbook, out);
    }

    /** Applies one style to text and number cells and another to date-formatted cells. */
    private static void styleRow(Row row, CellStyle textStyle, CellStyle dateStyle) {
        for (Cell cell : row) {
            boolean date = cell.getCellStyle().getDataFormat() != 0 && cell.getCellType() == CellType.NUMERIC;
            cell.setCellStyle(date ? dateStyle : textStyle);
        }
    }

    private static void writeCsvLine(Writer writer, Object[] values, char delimiter) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(delimiter);
            }
            String text = String.valueOf(values[i]);
            if (text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }
}
