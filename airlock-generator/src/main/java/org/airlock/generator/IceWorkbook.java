package org.airlock.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The two sheets of the 2022 ICE leak: a harmless "Summary" of counts per country, and beside it
 * a "Detainees" sheet with one row per person. Written through POI's common interfaces so the
 * xlsx, xls and streaming variants share it.
 */
final class IceWorkbook {

    static final String SUMMARY_SHEET = "Summary";
    static final String DETAINEES_SHEET = "Detainees";
    static final String DATE_FORMAT = "mm/dd/yyyy";
    static final List<String> DETAINEE_HEADERS = List.of(
            "Last Name", "First Name", "Date of Birth", "Country of Citizenship", "A-Number", "Gender",
            "Detention Facility", "Case Status", "Book-In Date");

    private IceWorkbook() {
    }

    /** Writes Summary then Detainees, hides Detainees as asked and keeps Summary active. */
    static void fill(Workbook workbook, List<Person> people, SheetState detaineesState, long seed) {
        writeSummary(workbook.createSheet(SUMMARY_SHEET), people, new Random(seed));
        Sheet detainees = workbook.createSheet(DETAINEES_SHEET);
        writeDetainees(new SheetWriter(detainees, DATE_FORMAT), people);
        workbook.setSheetVisibility(workbook.getSheetIndex(detainees), detaineesState.visibility());
        workbook.setActiveSheet(0);
        workbook.setFirstVisibleTab(0);
    }

    /** Counts per country of citizenship, largest first; released and removed are made up. */
    static void writeSummary(Sheet sheet, List<Person> people, Random random) {
        Map<Origin, Integer> detained = new EnumMap<>(Origin.class);
        for (Origin origin : Origin.values()) {
            detained.put(origin, 0);
        }
        for (Person person : people) {
            detained.merge(Origin.byCountry(person.countryOfCitizenship()), 1, Integer::sum);
        }
        List<Origin> byCount = new ArrayList<>(detained.keySet());
        byCount.sort((a, b) -> Integer.compare(detained.get(b), detained.get(a)));

        SheetWriter writer = new SheetWriter(sheet, DATE_FORMAT);
        writer.header("ICE Detention Statistics FY2023");
        writer.skip(1);
        writer.header("Country of Citizenship", "Detained", "Released", "Removed");
        int totalDetained = 0;
        int totalReleased = 0;
        int totalRemoved = 0;
        for (Origin origin : byCount) {
            int count = detained.get(origin);
            int released = count * (20 + random.nextInt(40)) / 100;
            int removed = count * (10 + random.nextInt(40)) / 100;
            writer.row(origin.country, count, released, removed);
            totalDetained += count;
            totalReleased += released;
            totalRemoved += removed;
        }
        writer.row("Total", totalDetained, totalReleased, totalRemoved);
        sheet.setColumnWidth(0, 28 * 256);
        for (int column = 1; column <= 3; column++) {
            sheet.setColumnWidth(column, 12 * 256);
        }
    }

    /** Header row and one row per person. */
    static void writeDetainees(SheetWriter writer, List<Person> people) {
        writer.header(DETAINEE_HEADERS.toArray(String[]::new));
        for (Person person : people) {
            writer.row(detaineeRow(person));
        }
    }

    /** The values of one Detainees row, in {@link #DETAINEE_HEADERS} order. */
    static Object[] detaineeRow(Person person) {
        return new Object[] {
            person.familyName(), person.givenName(), person.dateOfBirth(), person.countryOfCitizenship(),
            person.aNumber(), person.sex(), person.detentionFacility(), person.caseStatus(), person.bookInDate()
        };
    }
}
