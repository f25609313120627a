package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.Visibility;
import org.airlock.extract.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Rebuilds the rows behind a pivot table from its cache. The cache definition lists the fields
 * and, per field, the distinct values ({@code sharedItems}); the cache records part holds one
 * {@code <r>} per source row whose children are either inline values ({@code <s v>}, {@code <n v>},
 * {@code <d v>}, {@code <b v>}, {@code <m/>}) or indexes into the field's shared items
 * ({@code <x v>}). The rows survive even when the source sheet was deleted (the Islington case),
 * and POI's usermodel only reaches caches that still have a pivot table, so the parts are read
 * directly.
 */
final class PivotCacheReader {

    /** What a cache definition holds. */
    static final class Definition {
        final List<String> fieldNames = new ArrayList<>();
        final List<List<String>> sharedItems = new ArrayList<>();
        final List<List<Boolean>> sharedItemIsDate = new ArrayList<>();
        String sourceSheet = "";
        String sourceRef = "";
        boolean savesData = true;
    }

    private PivotCacheReader() {
    }

    static Definition readDefinition(InputStream xml) throws IOException, SAXException {
        Definition definition = new Definition();
        parse(xml, new DefaultHandler() {
            private List<String> items;
            private List<Boolean> dates;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                switch (localName) {
                    case "pivotCacheDefinition" -> definition.savesData = !"0".equals(atts.getValue("saveData"))
                            && !"false".equals(atts.getValue("saveData"));
                    case "worksheetSource" -> {
                        definition.sourceSheet = nullToEmpty(atts.getValue("sheet"));
                        definition.sourceRef = nullToEmpty(atts.getValue("ref"));
                    }
                    case "cacheField" -> {
                        definition.fieldNames.add(nullToEmpty(atts.getValue("name")));
                        items = new ArrayList<>();
                        dates = new ArrayList<>();
                        definition.sharedItems.add(items);
                        definition.sharedItemIsDate.add(dates);
                    }
                    case "s", "n", "b", "e" -> {
                        if (items != null) {
                            items.add(nullToEmpty(atts.getValue("v")));
                            dates.add(false);
                        }
                    }
                    case "d" -> {
                        if (items != null) {
                            items.add(isoDate(atts.getValue("v")));
                            dates.add(true);
                        }
                    }
                    case "m" -> {
                        if (items != null) {
                            items.add("");
                            dates.add(false);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if ("cacheField".equals(localName)) {
                    items = null;
                }
            }
        });
        return definition;
    }

    /** Streams the records as rows: row 0 holds the field names, record n is row n. */
    static long readRecords(InputStream xml, Definition definition, ContentSink sink, ExtractionContext context)
            throws IOException, SAXException {
        List<TableCell> header = new ArrayList<>();
        for (int i = 0; i < definition.fieldNames.size(); i++) {
            header.add(new TableCell(i, definition.fieldNames.get(i), CellKind.TEXT, Visibility.PIVOT_CACHE));
        }
        sink.row(0, header);
        long[] count = {0};
        parse(xml, new DefaultHandler() {
            private List<TableCell> cells;
            private int field;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                switch (localName) {
                    case "r" -> {
                        context.checkDeadline();
                        cells = new ArrayList<>(definition.fieldNames.size());
                        field = 0;
                    }
                    case "x" -> {
                        if (cells != null) {
                            int index = parseInt(atts.getValue("v"));
                            List<String> items = field < definition.sharedItems.size() ? definition.sharedItems.get(field) : List.of();
                            if (index >= 0 && index < items.size()) {
                                boolean date = definition.sharedItemIsDate.get(field).get(index);
                                add(items.get(index), date ? CellKind.DATE : CellKind.TEXT);
                            }
                            field++;
                        }
                    }
                    case "s", "e" -> addInline(atts.getValue("v"), CellKind.TEXT);
                    case "n" -> addInline(atts.getValue("v"), CellKind.NUMBER);
                    case "b" -> addInline(atts.getValue("v"), CellKind.BOOLEAN);
                    case "d" -> addInline(isoDate(atts.getValue("v")), CellKind.DATE);
                    case "m" -> field += cells == null ? 0 : 1;
                    default -> { }
                }
            }

            private void addInline(String v, CellKind kind) {
                if (cells != null) {
                    add(v, kind);
                    field++;
                }
            }

            private void add(String v, CellKind kind) {
                if (v != null && !v.isBlank()) {
                    cells.add(new TableCell(field, v, kind, Visibility.PIVOT_CACHE));
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if ("r".equals(localName) && cells != null) {
                    count[0]++;
                    if (!cells.isEmpty()) {
                        sink.row((int) count[0], cells);
                    }
                    cells = null;
                }
            }
        });
        return count[0];
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        {
            var reader = SecureXml.newReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        }
    }

    private static String isoDate(String v) {
        return v == null ? "" : v.length() >= 10 ? v.substring(0, 10) : v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static int parseInt(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Location location(String partName, Definition definition) {
        String detail = definition.sourceSheet.isEmpty() ? "" : "source: sheet '" + definition.sourceSheet + "' " + definition.sourceRef;
        return new Location("", "pivot cache " + partName, "", detail.strip());
    }
}
