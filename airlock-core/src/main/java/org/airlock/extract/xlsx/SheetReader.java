package org.airlock.extract.xlsx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.Visibility;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX, constant memory) into table rows. For every cell it works out
 * how the reader would see it: the row's hidden flag or zero height, the column's hidden flag or
 * zero width, and the cell style (the {@code ;;;} format, white or tiny text). It also tallies
 * those hiding places for the inventory and hands print headers and footers on as text.
 */
final class SheetReader extends DefaultHandler {

    private final ContentSink sink;
    private final ExtractionContext context;
    private final SharedStringTable strings;
    private final CellStyles styles;
    private final Location sheetLocation;
    private final Visibility sheetVisibility;
    private final boolean date1904;

    private final BitSet hiddenColumns = new BitSet();
    private final BitSet zeroWidthColumns = new BitSet();
    private final BitSet hiddenColumnsWithContent = new BitSet();
    private final BitSet zeroWidthColumnsWithContent = new BitSet();
    private long hiddenRows;
    private long zeroHeightRows;
    private long whiteTextCells;
    private long tinyTextCells;
    private long invisibleFormatCells;
    private long headerFooterCount;

    private int rowIndex = -1;
    private Visibility rowVisibility = Visibility.VISIBLE;
    private List<TableCell> cells;
    private int nextColumn;

    private int column;
    private int style;
    private String type;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean inHeaderFooter;
    private final StringBuilder value = new StringBuilder(64);

    SheetReader(ContentSink sink, ExtractionContext context, SharedStringTable strings, CellStyles styles,
                Location sheetLocation, Visibility sheetVisibility, boolean date1904) {
        this.date1904 = date1904;
        this.sink = sink;
        this.context = context;
        this.strings = strings;
        this.styles = styles;
        this.sheetLocation = sheetLocation;
        this.sheetVisibility = sheetVisibility;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "col" -> readColumn(atts);
            case "row" -> startRow(atts);
            case "c" -> {
                String ref = atts.getValue("r");
                column = ref == null ? nextColumn : CellReference.columnOf(ref);
                if (column < 0) {
                    column = nextColumn;
                }
                String s = atts.getValue("s");
                style = s == null ? 0 : parseIntOr(s, 0);
                type = atts.getValue("t");
                value.setLength(0);
            }
            case "v" -> inValue = true;
            case "t" -> inInlineText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
                inHeaderFooter = true;
                value.setLength(0);
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText || inHeaderFooter) && value.length() < 32_767) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
                inHeaderFooter = false;
                String text = HeaderFooterText.strip(value.toString());
                if (!text.isBlank()) {
                    headerFooterCount++;
                    sink.text(sheetLocation.withDetail(localName), Visibility.HEADER_FOOTER, text);
                }
                value.setLength(0);
            }
            default -> { }
        }
    }

    private void readColumn(Attributes atts) {
        int min = parseIntOr(atts.getValue("min"), 0) - 1;
        int max = Math.min(parseIntOr(atts.getValue("max"), 0) - 1, 16_383);
        if (min < 0 || max < min) {
            return;
        }
        boolean hidden = isTrue(atts.getValue("hidden"));
        String width = atts.getValue("width");
        boolean zeroWidth = !hidden && width != null && parseDoubleOr(width, 1) < 0.1;
        if (hidden) {
            hiddenColumns.set(min, max + 1);
        } else if (zeroWidth) {
            zeroWidthColumns.set(min, max + 1);
        }
    }

    private void startRow(Attributes atts) {
        context.checkDeadline();
        String r = atts.getValue("r");
        rowIndex = r == null ? rowIndex + 1 : parseIntOr(r, rowIndex + 2) - 1;
        nextColumn = 0;
        cells = new ArrayList<>(12);
        if (isTrue(atts.getValue("hidden"))) {
            rowVisibility = Visibility.HIDDEN_ROW;
        } else if (isTrue(atts.getValue("customHeight")) && parseDoubleOr(atts.getValue("ht"), 15) < 1) {
            rowVisibility = Visibility.ZERO_HEIGHT_ROW;
        } else {
            rowVisibility = Visibility.VISIBLE;
        }
    }

    private void endCell() {
        nextColumn = column + 1;
        if (value.isEmpty() || cells == null) {
            return;
        }
        String raw = value.toString();
        String text;
        CellKind kind;
        if (type == null || "n".equals(type)) {
            if (styles.isDate(style)) {
                text = isoDate(raw);
                kind = text == null ? CellKind.NUMBER : CellKind.DATE;
                if (text == null) {
                    text = raw;
                }
            } else {
                text = raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
                kind = CellKind.NUMBER;
            }
        } else {
            switch (type) {
                case "s" -> {
                    int index = parseIntOr(raw.strip(), -1);
                    text = strings.get(index);
                    kind = CellKind.TEXT;
                }
                case "inlineStr", "str" -> {
                    text = raw;
                    kind = CellKind.TEXT;
                }
                case "b" -> {
                    text = "1".equals(raw) ? "TRUE" : "FALSE";
                    kind = CellKind.BOOLEAN;
                }
                case "d" -> {
                    text = raw.length() >= 10 ? raw.substring(0, 10) : raw;
                    kind = CellKind.DATE;
                }
                default -> {
                    text = null; // "e": an error value holds nothing personal
                    kind = CellKind.TEXT;
                }
            }
        }
        if (text == null || text.isBlank()) {
            return;
        }
        Visibility visibility = sheetVisibility.strongest(rowVisibility).strongest(columnVisibility(column))
                .strongest(styles.visibility(style, kind != CellKind.TEXT));
        switch (visibility) {
            case WHITE_TEXT -> whiteTextCells++;
            case TINY_TEXT -> tinyTextCells++;
            case INVISIBLE_NUMBER_FORMAT -> invisibleFormatCells++;
            default -> { }
        }
        cells.add(new TableCell(column, text, kind, visibility));
    }

    private Visibility columnVisibility(int col) {
        if (hiddenColumns.get(col)) {
            hiddenColumnsWithContent.set(col);
            return Visibility.HIDDEN_COLUMN;
        }
        if (zeroWidthColumns.get(col)) {
            zeroWidthColumnsWithContent.set(col);
            return Visibility.ZERO_WIDTH_COLUMN;
        }
        return Visibility.VISIBLE;
    }

    private void endRow() {
        if (cells != null && !cells.isEmpty()) {
            if (rowVisibility == Visibility.HIDDEN_ROW) {
                hiddenRows++;
            } else if (rowVisibility == Visibility.ZERO_HEIGHT_ROW) {
                zeroHeightRows++;
            }
            sink.row(rowIndex, cells);
        }
        cells = null;
    }

    /** Reports the hiding places this sheet held, once the sheet has been read. */
    void reportInventory() {
        inventory(HiddenPlaceKind.HIDDEN_ROWS, hiddenRows);
        inventory(HiddenPlaceKind.ZERO_HEIGHT_ROWS, zeroHeightRows);
        inventory(HiddenPlaceKind.HIDDEN_COLUMNS, hiddenColumnsWithContent.cardinality());
        inventory(HiddenPlaceKind.ZERO_WIDTH_COLUMNS, zeroWidthColumnsWithContent.cardinality());
        inventory(HiddenPlaceKind.WHITE_TEXT, whiteTextCells);
        inventory(HiddenPlaceKind.TINY_TEXT, tinyTextCells);
        inventory(HiddenPlaceKind.INVISIBLE_NUMBER_FORMAT, invisibleFormatCells);
        inventory(HiddenPlaceKind.HEADERS_FOOTERS, headerFooterCount);
    }

    private void inventory(HiddenPlaceKind kind, long count) {
        if (count > 0) {
            sink.hiddenPlace(new HiddenPlace(kind, sheetLocation, count));
        }
    }

    private String isoDate(String raw) {
        LocalDate date = ExcelDates.toDate(serial(raw), date1904);
        return date == null ? null : date.toString();
    }

    /** A date serial: whole days are written as plain digits, read without a floating-point parse. */
    private static double serial(String raw) {
        int length = raw.length();
        if (length > 0 && length <= 7) {
            int days = 0;
            boolean digits = true;
            for (int i = 0; i < length && digits; i++) {
                char c = raw.charAt(i);
                digits = c >= '0' && c <= '9';
                days = days * 10 + (c - '0');
            }
            if (digits) {
                return days;
            }
        }
        return parseDoubleOr(raw, Double.NaN);
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    private static int parseIntOr(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseDoubleOr(String s, double fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
