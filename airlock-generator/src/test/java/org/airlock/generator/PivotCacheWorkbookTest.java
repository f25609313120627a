package org.airlock.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PivotCacheWorkbookTest {

    private static final int PERSONS = 400;
    private static final long SEED = 11;

    @TempDir
    static Path dir;

    private static Path file;
    private static List<Person> people;

    @BeforeAll
    static void write() {
        file = LeakWorkbooks.pivotCacheWithoutSource(dir.resolve("pivot.xlsx"), PERSONS, SEED);
        people = new PeopleGenerator(SEED).people(PERSONS);
    }

    @Test
    void opensAgainWithOnlyThePivotSheetAndItsTable() throws IOException {
        try (XSSFWorkbook workbook = LeakWorkbooksTest.xlsx(file)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("Pivot");
            assertThat(workbook.getSheet("Casework")).isNull();
            List<XSSFPivotTable> tables = workbook.getPivotTables();
            assertThat(tables).hasSize(1);
            XSSFPivotTable table = tables.get(0);
            assertThat(table.getPivotCacheDefinition().getCTPivotCacheDefinition().getRecordCount()).isEqualTo(PERSONS);
            assertThat(table.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheFields().getCacheFieldArray())
                    .extracting(field -> field.getName())
                    .containsExactly("Name", "Date of birth", "Nationality", "Case status");
            assertThat(table.getCTPivotTableDefinition().getCacheId())
                    .isEqualTo(workbook.getCTWorkbook().getPivotCaches().getPivotCacheArray(0).getCacheId());
        }
    }

    @Test
    void noSheetHoldsThePeopleAnyMore() throws IOException {
        Set<String> names = new HashSet<>();
        for (Person person : people) {
            names.add(person.fullName());
            names.add(person.aNumber());
        }
        try (XSSFWorkbook workbook = LeakWorkbooksTest.xlsx(file)) {
            int total = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(names).doesNotContain(LeakWorkbooksTest.text(cell));
                    }
                }
            }
            // The visible pivot shows only counts, which add up to the people in the cache.
            Sheet pivot = workbook.getSheet("Pivot");
            for (int r = 3; r < pivot.getLastRowNum(); r++) {
                total += (int) pivot.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(LeakWorkbooksTest.text(pivot.getRow(pivot.getLastRowNum()).getCell(0))).isEqualTo("Grand Total");
            assertThat(total).isEqualTo(PERSONS);
        }
        String sharedStrings = part("xl/sharedStrings.xml");
        assertThat(sharedStrings).doesNotContain(people.get(0).fullName());
    }

    @Test
    void cacheRecordsHoldEveryPerson() throws IOException {
        String records = part("xl/pivotCache/pivotCacheRecords1.xml");
        assertThat(records).contains("<pivotCacheRecords").contains("count=\"" + PERSONS + "\"");
        assertThat(count(records, "<r>")).isEqualTo(PERSONS);
        assertThat(records).contains("<d v=\"" + people.get(0).dateOfBirth() + "T00:00:00\"/>");

        String definition = part("xl/pivotCache/pivotCacheDefinition1.xml");
        assertThat(definition).contains("recordCount=\"" + PERSONS + "\"", "saveData=\"1\"", "sheet=\"Casework\"");
        for (Person person : people.subList(0, 50)) {
            assertThat(definition).contains("<s v=\"" + person.fullName() + "\"/>");
            assertThat(definition).contains("<s v=\"" + person.countryOfCitizenship() + "\"/>");
        }
        assertThat(part("[Content_Types].xml")).contains("/xl/pivotCache/pivotCacheRecords1.xml",
                "/xl/pivotCache/pivotCacheDefinition1.xml", "/xl/pivotTables/pivotTable1.xml");
        assertThat(part("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels")).contains("pivotCacheRecords1.xml");
    }

    @Test
    void recordIndexesPointAtTheRightSharedItems() throws IOException {
        String definition = part("xl/pivotCache/pivotCacheDefinition1.xml");
        String records = part("xl/pivotCache/pivotCacheRecords1.xml");
        List<String> names = sharedItems(definition, 0);
        List<String> nationalities = sharedItems(definition, 2);
        Matcher record = Pattern.compile("<r><x v=\"(\\d+)\"/><d v=\"([^\"]+)\"/><x v=\"(\\d+)\"/><x v=\"(\\d+)\"/></r>")
                .matcher(records);
        int i = 0;
        while (record.find()) {
            Person person = people.get(i++);
            assertThat(names.get(Integer.parseInt(record.group(1)))).isEqualTo(person.fullName());
            assertThat(record.group(2)).isEqualTo(person.dateOfBirth() + "T00:00:00");
            assertThat(nationalities.get(Integer.parseInt(record.group(3)))).isEqualTo(person.countryOfCitizenship());
        }
        assertThat(i).isEqualTo(PERSONS);
    }

    private static List<String> sharedItems(String definition, int field) {
        String[] fields = definition.split("<cacheField ");
        Matcher item = Pattern.compile("<s v=\"([^\"]*)\"/>").matcher(fields[field + 1]);
        return item.results().map(m -> m.group(1)).toList();
    }

    private static String part(String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as(name).isNotNull();
            try (InputStream stream = zip.getInputStream(entry)) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
