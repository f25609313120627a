package org.airlock.generator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Islington case: a pivot table of people by nationality whose source sheet has been deleted,
 * while the pivot cache inside the file still holds every source row.
 *
 * <p>POI's {@code createPivotTable} sets up the parts, relationships and content types but leaves
 * the cache empty, so the workbook is first written with POI (from a temporary source sheet
 * "Casework" that holds only the header row and is then removed) and three parts are then
 * rewritten through {@link OPCPackage}:
 *
 * <p>{@code xl/pivotCache/pivotCacheDefinition1.xml}:
 * <pre>{@code
 * <pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 *     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 *     r:id="rId1" refreshedBy="J. Analyst" refreshedDate="44942.5" createdVersion="3"
 *     refreshedVersion="3" minRefreshableVersion="3" saveData="1" recordCount="N">
 *   <cacheSource type="worksheet"><worksheetSource ref="A1:D{N+1}" sheet="Casework"/></cacheSource>
 *   <cacheFields count="4">
 *     <cacheField name="Name" numFmtId="0"><sharedItems count="K"><s v="Maria López García"/>...</sharedItems></cacheField>
 *     <cacheField name="Date of birth" numFmtId="14"><sharedItems containsSemiMixedTypes="0"
 *         containsNonDate="0" containsDate="1" containsString="0"
 *         minDate="1950-01-03T00:00:00" maxDate="2006-12-30T00:00:00"/></cacheField>
 *     <cacheField name="Nationality" numFmtId="0"><sharedItems count="M"><s v="AFGHANISTAN"/>...</sharedItems></cacheField>
 *     <cacheField name="Case status" numFmtId="0"><sharedItems count="S"><s v="Asylum granted"/>...</sharedItems></cacheField>
 *   </cacheFields>
 * </pivotCacheDefinition>
 * }</pre>
 * Names keep their order of first appearance; nationalities and statuses are sorted. The
 * {@code r:id} is the definition part's existing relationship to the records part.
 *
 * <p>{@code xl/pivotCache/pivotCacheRecords1.xml}, one {@code <r>} per person, string fields as
 * indexes into their shared items and the date inline:
 * <pre>{@code
 * <pivotCacheRecords xmlns="..." xmlns:r="..." count="N">
 *   <r><x v="0"/><d v="1985-03-12T00:00:00"/><x v="7"/><x v="2"/></r>
 *   ...
 * </pivotCacheRecords>
 * }</pre>
 *
 * <p>{@code xl/pivotTables/pivotTable1.xml}: a compact pivot table at A3 with Nationality as the
 * row field (items {@code <item x="i"/>} for every shared nationality, then
 * {@code <item t="default"/>}), matching {@code rowItems} and a grand total, one empty
 * {@code colItems} entry and the data field "Count of Name" ({@code subtotal="count"} over field 0).
 * The Pivot sheet's cells hold the same counts, as Excel would have rendered them.
 */
final class PivotCacheWorkbook {

    static final String PIVOT_SHEET = "Pivot";
    static final String SOURCE_SHEET = "Casework";
    static final List<String> FIELDS = List.of("Name", "Date of birth", "Nationality", "Case status");

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** 2023-01-16 12:00 as an Excel serial date: a fixed refresh time keeps output repeatable. */
    private static final String REFRESHED_DATE = "44942.5";
    private static final String DATA_CAPTION = "Count of Name";

    private PivotCacheWorkbook() {
    }

    static void write(Path out, List<Person> people) throws IOException {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a pivot cache needs at least one person");
        }
        Cache cache = new Cache(people);
        Skeleton skeleton = skeleton(people, cache);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(skeleton.bytes()))) {
            PackagePart definition = onlyPart(pkg, XSSFRelation.PIVOT_CACHE_DEFINITION);
            PackageRelationshipCollection toRecords =
                    definition.getRelationshipsByType(XSSFRelation.PIVOT_CACHE_RECORDS.getRelation());
            if (toRecords.size() != 1) {
                throw new IllegalStateException("POI wrote " + toRecords.size() + " pivot cache record parts");
            }
            PackagePart records = definition.getRelatedPart(toRecords.getRelationship(0));
            PackagePart table = onlyPart(pkg, XSSFRelation.PIVOT_TABLE);
            long cacheId = skeleton.cacheId();
            writeXml(definition, xml -> cache.writeDefinition(xml, toRecords.getRelationship(0).getId()));
            writeXml(records, cache::writeRecords);
            writeXml(table, xml -> cache.writeTable(xml, cacheId));
            try (OutputStream stream = Files.newOutputStream(out)) {
                pkg.save(stream);
            }
        } catch (InvalidFormatException e) {
            throw new IOException("POI wrote a package it cannot read back", e);
        }
    }

    /**
     * The workbook as POI writes it: pivot parts in place, cache empty, source sheet gone.
     *
     * @param cacheId the id POI gave the cache, which the table must keep to match workbook.xml
     */
    private record Skeleton(byte[] bytes, long cacheId) {
    }

    private static Skeleton skeleton(List<Person> people, Cache cache) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFSheet pivot = workbook.createSheet(PIVOT_SHEET);
            // POI reads only the header row to name the cache fields. Writing the people here would
            // leave their names in sharedStrings.xml after the sheet is removed (POI does not prune
            // it, Excel would), and the pivot cache is meant to be the one place they survive.
            XSSFSheet source = workbook.createSheet(SOURCE_SHEET);
            new SheetWriter(source, "dd/mm/yyyy").header(FIELDS.toArray(String[]::new));
            AreaReference area = new AreaReference(
                    new CellReference(SOURCE_SHEET, 0, 0, true, true),
                    new CellReference(SOURCE_SHEET, people.size(), FIELDS.size() - 1, true, true),
                    SpreadsheetVersion.EXCEL2007);
            XSSFPivotTable table = pivot.createPivotTable(area, new CellReference("A3"), source);

            // What Excel shows on the sheet: the pivot's rendered counts.
            SheetWriter pivotWriter = new SheetWriter(pivot, "dd/mm/yyyy");
            pivotWriter.header("Cases by nationality");
            pivotWriter.skip(1);
            pivotWriter.header("Row Labels", DATA_CAPTION);
            for (Map.Entry<String, Integer> entry : cache.countsByNationality().entrySet()) {
                pivotWriter.row(entry.getKey(), entry.getValue());
            }
            pivotWriter.row("Grand Total", people.size());
            pivot.setColumnWidth(0, 26 * 256);
            pivot.setColumnWidth(1, 14 * 256);

            workbook.removeSheetAt(workbook.getSheetIndex(source));
            WorkbookFile.stamp(workbook);
            workbook.write(bytes);
            return new Skeleton(bytes.toByteArray(), table.getCTPivotTableDefinition().getCacheId());
        }
    }

    private static PackagePart onlyPart(OPCPackage pkg, XSSFRelation relation) throws InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
        if (parts.size() != 1) {
            throw new IllegalStateException("expected one " + relation.getContentType() + " part, found " + parts.size());
        }
        return parts.get(0);
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    /** Replaces a part's content; OPC turns the zip part into an in-memory part on write. */
    private static void writeXml(PackagePart part, XmlBody body) throws IOException {
        try (OutputStream stream = part.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write " + part.getPartName(), e);
        }
    }

    /** The cache's shared items and records, derived from the people. */
    private static final class Cache {

        private final List<Person> people;
        private final Map<String, Integer> names = new LinkedHashMap<>();
        private final Map<String, Integer> nationalities = new HashMap<>();
        private final Map<String, Integer> statuses = new HashMap<>();
        private final List<String> sortedNationalities;
        private final List<String> sortedStatuses;

        Cache(List<Person> people) {
            this.people = people;
            TreeSet<String> nationalitySet = new TreeSet<>();
            TreeSet<String> statusSet = new TreeSet<>();
            for (Person person : people) {
                names.putIfAbsent(person.fullName(), names.size());
                nationalitySet.add(person.countryOfCitizenship());
                statusSet.add(person.caseStatus());
            }
            sortedNationalities = new ArrayList<>(nationalitySet);
            sortedStatuses = new ArrayList<>(statusSet);
            for (String nationality : sortedNationalities) {
                nationalities.put(nationality, nationalities.size());
            }
            for (String status : sortedStatuses) {
                statuses.put(status, statuses.size());
            }
        }

        Map<String, Integer> countsByNationality() {
            Map<String, Integer> counts = new TreeMap<>();
            for (Person person : people) {
                counts.merge(person.countryOfCitizenship(), 1, Integer::sum);
            }
            return counts;
        }

        void writeDefinition(XMLStreamWriter xml, String recordsRelationshipId) throws XMLStreamException {
            xml.writeStartElement("pivotCacheDefinition");
            xml.writeDefaultNamespace(MAIN_NS);
            xml.writeNamespace("r", REL_NS);
            xml.writeAttribute("r", REL_NS, "id", recordsRelationshipId);
            xml.writeAttribute("refreshedBy", "J. Analyst");
            xml.writeAttribute("refreshedDate", REFRESHED_DATE);
            xml.writeAttribute("createdVersion", "3");
            xml.writeAttribute("refreshedVersion", "3");
            xml.writeAttribute("minRefreshableVersion", "3");
            xml.writeAttribute("saveData", "1");
            xml.writeAttribute("recordCount", Integer.toString(people.size()));

            xml.writeStartElement("cacheSource");
            xml.writeAttribute("type", "worksheet");
            xml.writeEmptyElement("worksheetSource");
            xml.writeAttribute("ref", "A1:D" + (people.size() + 1));
            xml.writeAttribute("sheet", SOURCE_SHEET);
            xml.writeEndElement();

            xml.writeStartElement("cacheFields");
            xml.writeAttribute("count", Integer.toString(FIELDS.size()));
            stringField(xml, FIELDS.get(0), new ArrayList<>(names.keySet()));
            dateField(xml, FIELDS.get(1));
            stringField(xml, FIELDS.get(2), sortedNationalities);
            stringField(xml, FIELDS.get(3), sortedStatuses);
            xml.writeEndElement();

            xml.writeEndElement();
        }

        private static void stringField(XMLStreamWriter xml, String name, List<String> items) throws XMLStreamException {
            xml.writeStartElement("cacheField");
            xml.writeAttribute("name", name);
            xml.writeAttribute("numFmtId", "0");
            xml.writeStartElement("sharedItems");
            xml.writeAttribute("count", Integer.toString(items.size()));
            for (String item : items) {
                xml.writeEmptyElement("s");
                xml.writeAttribute("v", item);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }

        private void dateField(XMLStreamWriter xml, String name) throws XMLStreamException {
            LocalDate min = people.stream().map(Person::dateOfBirth).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate max = people.stream().map(Person::dateOfBirth).max(Comparator.naturalOrder()).orElseThrow();
            xml.writeStartElement("cacheField");
            xml.writeAttribute("name", name);
            xml.writeAttribute("numFmtId", "14");
            xml.writeEmptyElement("sharedItems");
            xml.writeAttribute("containsSemiMixedTypes", "0");
            xml.writeAttribute("containsNonDate", "0");
            xml.writeAttribute("containsDate", "1");
            xml.writeAttribute("containsString", "0");
            xml.writeAttribute("minDate", min + "T00:00:00");
            xml.writeAttribute("maxDate", max + "T00:00:00");
            xml.writeEndElement();
        }

        void writeRecords(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartElement("pivotCacheRecords");
            xml.writeDefaultNamespace(MAIN_NS);
            xml.writeNamespace("r", REL_NS);
            xml.writeAttribute("count", Integer.toString(people.size()));
            for (Person person : people) {
                xml.writeStartElement("r");
                index(xml, names.get(person.fullName()));
                xml.writeEmptyElement("d");
                xml.writeAttribute("v", person.dateOfBirth() + "T00:00:00");
                index(xml, nationalities.get(person.countryOfCitizenship()));
                index(xml, statuses.get(person.caseStatus()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }

        private static void index(XMLStreamWriter xml, int index) throws XMLStreamException {
            xml.writeEmptyElement("x");
            xml.writeAttribute("v", Integer.toString(index));
        }

        void writeTable(XMLStreamWriter xml, long cacheId) throws XMLStreamException {
            int rowItems = sortedNationalities.size() + 1;
            xml.writeStartElement("pivotTableDefinition");
            xml.writeDefaultNamespace(MAIN_NS);
            xml.writeAttribute("name", "PivotTable1");
            xml.writeAttribute("cacheId", Long.toString(cacheId));
            xml.writeAttribute("applyNumberFormats", "0");
            xml.writeAttribute("applyBorderFormats", "0");
            xml.writeAttribute("applyFontFormats", "0");
            xml.writeAttribute("applyPatternFormats", "0");
            xml.writeAttribute("applyAlignmentFormats", "0");
            xml.writeAttribute("applyWidthHeightFormats", "1");
            xml.writeAttribute("dataCaption", "Values");
            xml.writeAttribute("updatedVersion", "3");
            xml.writeAttribute("minRefreshableVersion", "3");
            xml.writeAttribute("useAutoFormatting", "1");
            xml.writeAttribute("itemPrintTitles", "1");
            xml.writeAttribute("createdVersion", "3");
            xml.writeAttribute("indent", "0");
            xml.writeAttribute("outline", "1");
            xml.writeAttribute("outlineData", "1");

            // Header row at A3, one row per nationality, then the grand total.
            xml.writeEmptyElement("location");
            xml.writeAttribute("ref", "A3:B" + (3 + rowItems));
            xml.writeAttribute("firstHeaderRow", "1");
            xml.writeAttribute("firstDataRow", "1");
            xml.writeAttribute("firstDataCol", "1");

            xml.writeStartElement("pivotFields");
            xml.writeAttribute("count", Integer.toString(FIELDS.size()));
            xml.writeEmptyElement("pivotField");
            xml.writeAttribute("dataField", "1");
            xml.writeAttribute("showAll", "0");
            xml.writeEmptyElement("pivotField");
            xml.writeAttribute("numFmtId", "14");
            xml.writeAttribute("showAll", "0");
            xml.writeStartElement("pivotField");
            xml.writeAttribute("axis", "axisRow");
            xml.writeAttribute("showAll", "0");
            xml.writeStartElement("items");
            xml.writeAttribute("count", Integer.toString(rowItems));
            for (int i = 0; i < sortedNationalities.size(); i++) {
                xml.writeEmptyElement("item");
                xml.writeAttribute("x", Integer.toString(i));
            }
            xml.writeEmptyElement("item");
            xml.writeAttribute("t", "default");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEmptyElement("pivotField");
            xml.writeAttribute("showAll", "0");
            xml.writeEndElement();

            xml.writeStartElement("rowFields");
            xml.writeAttribute("count", "1");
            xml.writeEmptyElement("field");
            xml.writeAttribute("x", "2");
            xml.writeEndElement();

            xml.writeStartElement("rowItems");
            xml.writeAttribute("count", Integer.toString(rowItems));
            for (int i = 0; i < sortedNationalities.size(); i++) {
                xml.writeStartElement("i");
                xml.writeEmptyElement("x");
                if (i > 0) {
                    xml.writeAttribute("v", Integer.toString(i));
                }
                xml.writeEndElement();
            }
            xml.writeStartElement("i");
            xml.writeAttribute("t", "grand");
            xml.writeEmptyElement("x");
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("colItems");
            xml.writeAttribute("count", "1");
            xml.writeEmptyElement("i");
            xml.writeEndElement();

            xml.writeStartElement("dataFields");
            xml.writeAttribute("count", "1");
            xml.writeEmptyElement("dataField");
            xml.writeAttribute("name", DATA_CAPTION);
            xml.writeAttribute("fld", "0");
            xml.writeAttribute("subtotal", "count");
            xml.writeAttribute("baseField", "0");
            xml.writeAttribute("baseItem", "0");
            xml.writeEndElement();

            xml.writeEmptyElement("pivotTableStyleInfo");
            xml.writeAttribute("name", "PivotStyleLight16");
            xml.writeAttribute("showRowHeaders", "1");
            xml.writeAttribute("showColHeaders", "1");
            xml.writeAttribute("showRowStripes", "0");
            xml.writeAttribute("showColStripes", "0");
            xml.writeAttribute("showLastColumn", "1");

            xml.writeEndElement();
        }
    }
}
