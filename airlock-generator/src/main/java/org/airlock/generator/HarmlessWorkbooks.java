package org.airlock.generator;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks that look like the leaks (same subject, nine-digit numbers, phone numbers, country
 * names) but hold no personal data, so Airlock must let them through.
 */
final class HarmlessWorkbooks {

    private HarmlessWorkbooks() {
    }

    /**
     * Sheet "By nationality" with detention counts per country of citizenship per month of
     * 2023 and totals. Aggregates only, no people.
     */
    static Path aggregateByNationality(Path out, long seed) {
        Random random = new Random(seed);
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("By nationality"), "mm/dd/yyyy");
        writer.header("Book-ins by country of citizenship and month, calendar year 2023");
        String[] header = new String[14];
        header[0] = "Country of Citizenship";
        for (int m = 1; m <= 12; m++) {
            header[m] = YearMonth.of(2023, m).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " 2023";
        }
        header[13] = "Total";
        writer.header(header);
        long[] columnTotals = new long[13];
        for (Origin origin : Origin.values()) {
            Object[] values = new Object[14];
            values[0] = origin.country;
            int total = 0;
            for (int m = 1; m <= 12; m++) {
                int count = origin.weight * (40 + random.nextInt(60));
                values[m] = count;
                total += count;
                columnTotals[m - 1] += count;
            }
            values[13] = total;
            columnTotals[12] += total;
            writer.row(values);
        }
        Object[] totals = new Object[14];
        totals[0] = "Total";
        for (int i = 0; i < 13; i++) {
            totals[i + 1] = columnTotals[i];
        }
        writer.row(totals);
        writer.sheet().setColumnWidth(0, 26 * 256);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * Sheet "Budget" with Account code (nine-digit numbers such as 410020315, which look
     * like A-numbers or SSNs without being either), Cost centre, Description, FY2023 budget and
     * FY2024 budget.
     */
    static Path budgetWithAccountCodes(Path out, long seed) {
        Random random = new Random(seed);
        List<String> costCentres = List.of("Headquarters", "Field Operations", "Detention Management",
                "Removal Operations", "Health Service Corps", "Information Technology", "Training Academy");
        List<String> descriptions = List.of("Staff salaries", "Overtime", "Travel", "Training",
                "IT equipment", "Software licences", "Interpreter services", "Medical contracts",
                "Facility maintenance", "Utilities", "Vehicle fleet", "Legal services", "Office supplies",
                "Telecommunications", "Security contracts", "Food services", "Transport contracts",
                "Consultancy", "Audit fees", "Printing");
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Budget"), "mm/dd/yyyy");
        writer.header("Operating budget FY2023-FY2024");
        writer.header("Account code", "Cost centre", "Description", "FY2023 budget", "FY2024 budget");
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        for (int c = 0; c < costCentres.size(); c++) {
            for (int d = 0; d < 6; d++) {
                long accountCode = 410_000_000L + (c + 1) * 10_000L + (d + 1) * 100L + random.nextInt(100);
                long fy2023 = 1_000L * (50 + random.nextInt(5_000));
                long fy2024 = fy2023 * (90 + random.nextInt(25)) / 100;
                Row row = writer.row(accountCode, costCentres.get(c), descriptions.get(random.nextInt(descriptions.size())), fy2023, fy2024);
                row.getCell(3).setCellStyle(money);
                row.getCell(4).setCellStyle(money);
            }
        }
        writer.widen(5, 22);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * Sheet "Facilities" listing the fictional detention facilities with Street address,
     * City, State, ZIP, Main phone (the facility's switchboard, not a person's) and Capacity.
     */
    static Path facilityList(Path out, long seed) {
        Faker faker = new Faker(Locale.US, new Random(seed));
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Facilities"), "mm/dd/yyyy");
        writer.header("Facility", "Street address", "City", "State", "ZIP", "Main phone", "Capacity");
        for (DetentionFacility facility : DetentionFacility.ALL) {
            writer.row(facility.name(), faker.address().streetAddress(), facility.city(), facility.state(),
                    faker.address().zipCodeByState(facility.state()), faker.phoneNumber().phoneNumber(),
                    facility.capacity());
        }
        writer.widen(7, 24);
        return WorkbookFile.save(workbook, out);
    }
}
