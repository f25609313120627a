package org.airlock.extract.odf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code content.xml} (or, for headers and footers, the {@code styles.xml}) of an
 * OpenDocument file as SAX, whatever its kind: text paragraphs, spreadsheet sheets and rows,
 * presentation slides; and the places ODF hides content: hidden sheets, rows and columns, hidden
 * text, tracked deletions, annotations, footnotes, text boxes, alt text, speaker notes, hidden
 * slides and shapes placed outside the slide. Tables go to the sink as tables.
 */
final class OdfContentReader extends DefaultHandler {

    /** What kind of document, which decides how places are named. */
    enum Kind { TEXT, SPREADSHEET, PRESENTATION, HEADERS_FOOTERS }

    private static final int MAX_REPEAT = 1 << 20;
    private static final int MAX_CELL_COPIES = 64;

    private final ContentSink sink;
    private final ExtractionContext context;
    private final OdfStyles styles;
    private final Kind kind;
    private final String base;
    private final Map<HiddenPlaceKind, Long> inventory = new EnumMap<>(HiddenPlaceKind.class);

    private boolean inBody;
    private int depth;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int paragraphDepth;
    private int paragraph;
    private boolean paragraphHidden;
    private final Deque<Boolean> spans = new ArrayDeque<>();
    private int hiddenSpans;
    private int deletion;
    private int citation;
    private StringBuilder creator;
    private StringBuilder altText;
    private String shapeName = "";
    private int headerFooterDepth;
    private String headerFooter = "";

    private int slide;
    private String slideLabel = "";
    private boolean hiddenSlide;
    private double[] pageSize;
    private int notes;
    private int offSlideAt = -1;

    private int tableDepth;
    private int tableFrames;
    private int tables;
    private String tableLabel = "";
    private Visibility tableVisibility = Visibility.VISIBLE;
    private final List<int[]> hiddenColumns = new ArrayList<>();
    private long hiddenColumnCount;
    private long hiddenRowCount;
    private int columnDefinitions;
    private int nextRow;
    private int rowRepeat;
    private Visibility rowVisibility = Visibility.VISIBLE;
    private List<TableCell> cells;
    private int column;
    private int cellRepeat;
    private StringBuilder cellText;
    private String cellValue = "";
    private CellKind cellKind = CellKind.TEXT;

    OdfContentReader(ContentSink sink, ExtractionContext context, OdfStyles styles, Kind kind, String base) {
        this.sink = sink;
        this.context = context;
        this.styles = styles;
        this.kind = kind;
        this.base = base;
        frames.push(new Frame(Visibility.VISIBLE, ""));
    }

    private static final class Frame {
        final Visibility visibility;
        String detail;
        String cells = "";
        final Map<Visibility, StringBuilder> text = new EnumMap<>(Visibility.class);

        Frame(Visibility visibility, String detail) {
            this.visibility = visibility;
            this.detail = detail;
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        depth++;
        if (!inBody) {
            styles.start(local, atts);
            if (local.equals("body")) {
                inBody = true;
            }
            if (kind != Kind.HEADERS_FOOTERS) {
                return;
            }
        }
        if (kind == Kind.HEADERS_FOOTERS && (local.startsWith("header") || local.startsWith("footer"))
                && uri.contains(":style:")) {
            if (headerFooterDepth++ == 0) {
                headerFooter = local.startsWith("header") ? "header" : "footer";
                paragraph = 0;
                count(HiddenPlaceKind.HEADERS_FOOTERS);
            }
        }
        switch (local) {
            case "p", "h" -> startParagraph(uri, atts);
            case "span" -> {
                boolean hidden = styles.hiddenText.contains(OdfAttributes.value(atts, "style-name"));
                spans.push(hidden);
                if (hidden) {
                    hiddenSpans++;
                    count(HiddenPlaceKind.HIDDEN_TEXT);
                }
            }
            case "hidden-paragraph" -> {
                if (!"false".equals(OdfAttributes.value(atts, "is-hidden"))) {
                    paragraphHidden = true;
                    count(HiddenPlaceKind.HIDDEN_TEXT);
                }
            }
            case "hidden-text" -> {
                count(HiddenPlaceKind.HIDDEN_TEXT);
                String hiddenText = OdfAttributes.value(atts, "string-value");
                if (!hiddenText.isBlank()) {
                    frames.peek().text.computeIfAbsent(Visibility.HIDDEN_TEXT, v -> new StringBuilder()).append(hiddenText).append(' ');
                }
            }
            case "s" -> append(" ");
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            case "changed-region" -> count(HiddenPlaceKind.TRACKED_CHANGES);
            case "deletion" -> {
                deletion++;
                Frame frame = new Frame(Visibility.VISIBLE, "tracked deletion");
                frame.cells = "tracked changes";
                frames.push(frame);
            }
            case "creator" -> {
                if (frames.size() > 1) {
                    creator = new StringBuilder();
                }
            }
            case "annotation" -> {
                count(HiddenPlaceKind.COMMENTS);
                Frame frame = new Frame(Visibility.REVIEW_COMMENT, "comment");
                frame.cells = cellText != null ? cellReference() : paragraphCells();
                frames.push(frame);
            }
            case "note" -> {
                count(HiddenPlaceKind.FOOTNOTES);
                String noteClass = OdfAttributes.value(atts, "note-class");
                Frame frame = new Frame(Visibility.FOOTNOTE, noteClass.isEmpty() ? "footnote" : noteClass);
                frame.cells = paragraphCells();
                frames.push(frame);
            }
            case "note-citation" -> citation++;
            case "text-box" -> {
                if (kind == Kind.TEXT) {
                    count(HiddenPlaceKind.TEXT_BOXES);
                    Frame frame = new Frame(Visibility.TEXT_BOX, "text box");
                    frame.cells = paragraphCells();
                    frames.push(frame);
                }
            }
            case "notes" -> {
                if (kind == Kind.PRESENTATION) {
                    notes++;
                    count(HiddenPlaceKind.SPEAKER_NOTES);
                    frames.push(new Frame(Visibility.SPEAKER_NOTES, "speaker notes"));
                }
            }
            case "title", "desc" -> {
                if (uri.contains(":svg-compatible:")) {
                    altText = new StringBuilder();
                }
            }
            case "page" -> startSlide(atts);
            case "table" -> startTable(atts);
            case "table-column" -> tableColumn(atts);
            case "table-row" -> startRow(atts);
            case "table-cell", "covered-table-cell" -> startCell(atts);
            default -> { }
        }
        if (kind == Kind.PRESENTATION && notes == 0 && slide > 0 && !OdfAttributes.value(atts, "x").isEmpty()) {
            shape(atts);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (creator != null) {
            creator.append(ch, start, length);
        } else if (altText != null) {
            altText.append(ch, start, length);
        } else if (paragraphDepth > 0 && citation == 0) {
            append(new String(ch, start, length));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (offSlideAt == depth) {
            offSlideAt = -1;
        }
        depth--;
        if (!inBody) {
            styles.end(local);
            if (kind != Kind.HEADERS_FOOTERS) {
                return;
            }
        }
        if (kind == Kind.HEADERS_FOOTERS && (local.startsWith("header") || local.startsWith("footer"))
                && uri.contains(":style:") && headerFooterDepth > 0) {
            headerFooterDepth--;
        }
        switch (local) {
            case "p", "h" -> endParagraph(uri);
            case "span" -> {
                if (!spans.isEmpty() && spans.pop()) {
                    hiddenSpans--;
                }
            }
            case "deletion" -> {
                popFrame();
                deletion--;
            }
            case "creator" -> {
                if (creator != null) {
                    String name = creator.toString().strip();
                    creator = null;
                    if (!name.isEmpty()) {
                        Frame frame = frames.peek();
                        frame.detail = frame.visibility == Visibility.REVIEW_COMMENT ? "comment by " + name : "deleted by " + name;
                    }
                }
            }
            case "annotation", "note" -> popFrame();
            case "note-citation" -> citation--;
            case "text-box" -> {
                if (kind == Kind.TEXT) {
                    popFrame();
                }
            }
            case "notes" -> {
                if (kind == Kind.PRESENTATION) {
                    popFrame();
                    notes--;
                }
            }
            case "title", "desc" -> {
                if (altText != null) {
                    String text = altText.toString().strip();
                    altText = null;
                    if (!text.isEmpty()) {
                        count(HiddenPlaceKind.ALT_TEXT);
                        sink.text(new Location("", part(), paragraphCells(),
                                shapeName.isEmpty() ? "alt text" : "alt text of '" + shapeName + "'"), Visibility.ALT_TEXT, text);
                    }
                }
            }
            case "page" -> {
                if (kind == Kind.PRESENTATION) {
                    hiddenSlide = false;
                }
            }
            case "table" -> endTable();
            case "table-row" -> endRow();
            case "table-cell", "covered-table-cell" -> endCell();
            default -> { }
        }
    }

    /** Reports what the part held, once read. */
    void reportInventory() {
        Location location = Location.of(base);
        inventory.forEach((k, n) -> sink.hiddenPlace(new HiddenPlace(k, location, n)));
    }

    private void startParagraph(String uri, Attributes atts) {
        if (!uri.contains(":text:")) {
            return;
        }
        if (paragraphDepth++ == 0) {
            paragraphHidden = styles.hiddenText.contains(OdfAttributes.value(atts, "style-name"));
            if (frames.size() == 1 && tableDepth == 0) {
                paragraph++;
                context.checkDeadline();
            }
        }
    }

    private void endParagraph(String uri) {
        if (!uri.contains(":text:") || paragraphDepth == 0) {
            return;
        }
        paragraphDepth--;
        if (cellText != null && frames.size() == tableFrames) {
            cellText.append('\n');
        } else {
            flush(frames.peek());
        }
        if (paragraphDepth == 0) {
            paragraphHidden = false;
        }
    }

    private void append(String text) {
        if (kind == Kind.HEADERS_FOOTERS && headerFooterDepth == 0) {
            return;
        }
        if (cellText != null && frames.size() == tableFrames) {
            cellText.append(text);
            return;
        }
        frames.peek().text.computeIfAbsent(visibility(), v -> new StringBuilder()).append(text);
    }

    private Visibility visibility() {
        if (deletion > 0) {
            return Visibility.TRACKED_DELETION;
        }
        if (hiddenSpans > 0 || paragraphHidden) {
            return Visibility.HIDDEN_TEXT;
        }
        Visibility frame = frames.peek().visibility;
        if (frame.hidden()) {
            return frame;
        }
        if (offSlideAt >= 0) {
            return Visibility.OFF_SLIDE;
        }
        if (hiddenSlide) {
            return Visibility.HIDDEN_SLIDE;
        }
        if (frame != Visibility.VISIBLE) {
            return frame;
        }
        return kind == Kind.HEADERS_FOOTERS ? Visibility.HEADER_FOOTER : Visibility.VISIBLE;
    }

    private void flush(Frame frame) {
        for (Map.Entry<Visibility, StringBuilder> entry : frame.text.entrySet()) {
            String text = entry.getValue().toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            String cells = frame.cells.isEmpty() ? paragraphCells() : frame.cells;
            String detail = frame.detail;
            if (entry.getKey() == Visibility.HIDDEN_TEXT) {
                detail = "hidden text";
            } else if (detail.isEmpty() && !shapeName.isEmpty() && kind == Kind.PRESENTATION) {
                detail = "shape '" + shapeName + "'";
            }
            sink.text(new Location("", part(), cells, detail), entry.getKey(), text);
        }
        frame.text.clear();
    }

    private void popFrame() {
        if (frames.size() > 1) {
            flush(frames.pop());
        }
    }

    private String part() {
        return switch (kind) {
            case SPREADSHEET -> tableLabel.isEmpty() ? base : tableLabel;
            case PRESENTATION -> slideLabel.isEmpty() ? base : slideLabel;
            case HEADERS_FOOTERS -> headerFooter.isEmpty() ? base : headerFooter;
            case TEXT -> base;
        };
    }

    private String paragraphCells() {
        if (kind == Kind.SPREADSHEET || kind == Kind.PRESENTATION) {
            return "";
        }
        return "paragraph " + paragraph;
    }

    private void startSlide(Attributes atts) {
        if (kind != Kind.PRESENTATION) {
            return;
        }
        slide++;
        context.checkDeadline();
        String name = OdfAttributes.value(atts, "name");
        slideLabel = "slide " + slide + (name.isBlank() || name.matches("page\\d+") ? "" : " '" + name + "'");
        hiddenSlide = styles.hiddenPages.contains(OdfAttributes.value(atts, "style-name"));
        pageSize = styles.pageSize(OdfAttributes.value(atts, "master-page-name"));
        if (hiddenSlide) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_SLIDES, Location.of(slideLabel), 1));
        }
    }

    /** A shape is off the slide when it lies wholly beyond one of the page's edges. */
    private void shape(Attributes atts) {
        String name = OdfAttributes.value(atts, "name");
        if (!name.isEmpty()) {
            shapeName = name;
        }
        if (pageSize == null || offSlideAt >= 0) {
            return;
        }
        double x = Lengths.points(OdfAttributes.value(atts, "x"));
        double y = Lengths.points(OdfAttributes.value(atts, "y"));
        double width = Lengths.points(OdfAttributes.value(atts, "width"));
        double height = Lengths.points(OdfAttributes.value(atts, "height"));
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        width = Double.isNaN(width) ? 0 : width;
        height = Double.isNaN(height) ? 0 : height;
        if (x >= pageSize[0] || y >= pageSize[1] || x + width <= 0 || y + height <= 0) {
            offSlideAt = depth;
            count(HiddenPlaceKind.OFF_SLIDE_OBJECTS);
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.OFF_SLIDE_OBJECTS,
                    new Location("", slideLabel, "", name.isEmpty() ? "" : "shape '" + name + "'"), 1));
        }
    }

    private void startTable(Attributes atts) {
        if (tableDepth++ > 0) {
            return; // a table in a table is read as its cell's text
        }
        tables++;
        tableFrames = frames.size();
        String name = OdfAttributes.value(atts, "name");
        tableVisibility = Visibility.VISIBLE;
        if (kind == Kind.SPREADSHEET) {
            tableLabel = "sheet '" + name + "'";
            if (styles.hiddenTables.contains(OdfAttributes.value(atts, "style-name"))) {
                tableVisibility = Visibility.HIDDEN_SHEET;
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_SHEET, Location.of(tableLabel), 1));
            }
        } else {
            tableLabel = part() + " › table " + tables;
        }
        hiddenColumns.clear();
        hiddenColumnCount = 0;
        hiddenRowCount = 0;
        columnDefinitions = 0;
        nextRow = 0;
        sink.startTable(new TableSource(Location.of(tableLabel), tableVisibility, TableSource.CellReferences.A1));
    }

    private void endTable() {
        if (tableDepth == 0 || --tableDepth > 0) {
            return;
        }
        sink.endTable();
        if (hiddenRowCount > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_ROWS, Location.of(tableLabel), hiddenRowCount));
        }
        if (hiddenColumnCount > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_COLUMNS, Location.of(tableLabel), hiddenColumnCount));
        }
        if (kind != Kind.SPREADSHEET) {
            tableLabel = "";
        }
    }

    private void tableColumn(Attributes atts) {
        if (tableDepth != 1) {
            return;
        }
        int repeat = OdfAttributes.repeat(atts, "number-columns-repeated", MAX_REPEAT);
        if (hidden(atts)) {
            hiddenColumns.add(new int[] {columnDefinitions, columnDefinitions + repeat});
            hiddenColumnCount += repeat;
        }
        columnDefinitions += repeat;
    }

    private static boolean hidden(Attributes atts) {
        String visibility = OdfAttributes.value(atts, "visibility");
        return visibility.equals("collapse") || visibility.equals("filter");
    }

    private void startRow(Attributes atts) {
        if (tableDepth != 1 || frames.size() != tableFrames) {
            return;
        }
        context.checkDeadline();
        rowRepeat = OdfAttributes.repeat(atts, "number-rows-repeated", MAX_REPEAT);
        rowVisibility = hidden(atts) ? Visibility.HIDDEN_ROW : Visibility.VISIBLE;
        cells = new ArrayList<>();
        column = 0;
    }

    private void endRow() {
        if (tableDepth != 1 || cells == null || frames.size() != tableFrames) {
            return;
        }
        if (!cells.isEmpty()) {
            sink.row(nextRow, cells);
            if (rowVisibility == Visibility.HIDDEN_ROW) {
                hiddenRowCount += rowRepeat;
            }
        }
        cells = null;
        nextRow += rowRepeat;
    }

    private void startCell(Attributes atts) {
        if (tableDepth != 1 || cells == null || frames.size() != tableFrames) {
            return;
        }
        cellRepeat = OdfAttributes.repeat(atts, "number-columns-repeated", MAX_REPEAT);
        cellText = new StringBuilder();
        String type = OdfAttributes.value(atts, "value-type");
        switch (type) {
            case "date" -> {
                String date = OdfAttributes.value(atts, "date-value");
                cellValue = date.length() >= 10 ? date.substring(0, 10) : date;
                cellKind = CellKind.DATE;
            }
            case "float", "percentage", "currency" -> {
                cellValue = OdfAttributes.value(atts, "value");
                cellKind = CellKind.NUMBER;
            }
            case "boolean" -> {
                cellValue = OdfAttributes.value(atts, "boolean-value");
                cellKind = CellKind.BOOLEAN;
            }
            default -> {
                cellValue = "";
                cellKind = CellKind.TEXT;
            }
        }
    }

    private void endCell() {
        if (cellText == null || tableDepth != 1 || frames.size() != tableFrames) {
            return;
        }
        String text = cellValue.isEmpty() ? cellText.toString().strip() : cellValue;
        CellKind cellKindNow = cellValue.isEmpty() ? CellKind.TEXT : cellKind;
        if (!text.isEmpty()) {
            for (int k = 0; k < Math.min(cellRepeat, MAX_CELL_COPIES); k++) {
                Visibility visibility = tableVisibility.strongest(rowVisibility.strongest(columnVisibility(column + k)));
                cells.add(new TableCell(column + k, text, cellKindNow, visibility));
            }
        }
        column += cellRepeat;
        cellText = null;
    }

    private Visibility columnVisibility(int index) {
        for (int[] range : hiddenColumns) {
            if (index >= range[0] && index < range[1]) {
                return Visibility.HIDDEN_COLUMN;
            }
        }
        return Visibility.VISIBLE;
    }

    /** A1 reference of the cell being read, for annotations in a sheet. */
    private String cellReference() {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString() + (nextRow + 1);
    }

    private void count(HiddenPlaceKind kind) {
        inventory.merge(kind, 1L, Long::sum);
    }
}
