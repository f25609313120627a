package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.TableCell;
import org.airlock.extract.Visibility;
import org.airlock.extract.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the values a chart keeps of its source range ({@code c:strCache} and {@code c:numCache}):
 * they stay in the chart after the cells they came from are deleted or hidden. Each cache becomes
 * a column of one table, with the points as rows, so category labels line up with their values.
 */
public final class ChartCacheReader {

    private ChartCacheReader() {
    }

    /** Streams the chart's caches into the sink as one table; returns the number of cached points. */
    public static long read(InputStream xml, ContentSink sink) throws IOException, SAXException {
        List<TreeMap<Integer, String>> columns = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                private TreeMap<Integer, String> column;
                private int point = -1;
                private StringBuilder text;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "strCache", "numCache", "lvl" -> {
                            column = new TreeMap<>();
                            columns.add(column);
                            numeric.add("numCache".equals(localName));
                        }
                        case "pt" -> {
                            try {
                                point = Integer.parseInt(atts.getValue("idx"));
                            } catch (NumberFormatException e) {
                                point = -1;
                            }
                        }
                        case "v" -> text = new StringBuilder();
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (text != null && text.length() < 10_000) {
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if ("v".equals(localName) && text != null) {
                        if (column != null && point >= 0 && point < 1_000_000) {
                            column.put(point, text.toString());
                        }
                        text = null;
                    } else if ("strCache".equals(localName) || "numCache".equals(localName) || "lvl".equals(localName)) {
                        column = null;
                    }
                }
            });
            reader.parse(new InputSource(xml));
        }
        int rows = 0;
        for (TreeMap<Integer, String> column : columns) {
            if (!column.isEmpty()) {
                rows = Math.max(rows, column.lastKey() + 1);
            }
        }
        long points = 0;
        for (int row = 0; row < rows; row++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String v = columns.get(c).get(row);
                if (v != null && !v.isBlank()) {
                    cells.add(new TableCell(c, v, numeric.get(c) ? CellKind.NUMBER : CellKind.TEXT, Visibility.CHART_CACHE));
                    points++;
                }
            }
            if (!cells.isEmpty()) {
                sink.row(row + 1, cells);
            }
        }
        return points;
    }
}
