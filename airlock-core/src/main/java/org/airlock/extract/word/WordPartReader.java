package org.airlock.extract.word;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reads one WordprocessingML part (the body, a header or footer, the footnotes, the comments) and
 * streams its text with how each run is hidden. Read as SAX rather than through POI's XWPF model
 * because XWPF has no API for tracked deletions, moved-from text, hidden runs or field codes, and
 * loads the whole part into memory.
 *
 * <p>Paragraphs outside tables are numbered in order ("paragraph 12"); Word has no stable pages
 * (pagination is computed when the document is laid out), so no page is given. Tables go to the
 * sink as tables, one row per table row, so a list of people in a Word table is read like a sheet.
 */
final class WordPartReader extends DefaultHandler {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final ContentSink sink;
    private final ExtractionContext context;
    private final String part;
    private final Visibility partVisibility;
    private final Set<String> hiddenStyles;
    private final Map<HiddenPlaceKind, Long> inventory = new EnumMap<>(HiddenPlaceKind.class);

    private int fallbackDepth;
    private int deletedDepth;
    private int insertedDepth;
    private String changeAuthor = "";
    private boolean inRun;
    private boolean inRunProperties;
    private boolean inParagraphProperties;
    private boolean inRowProperties;
    private boolean runHidden;
    private boolean paragraphHidden;
    private boolean inInstruction;
    private boolean capturing;

    /** Text of the paragraph being read; a text box opens a new frame inside its anchor paragraph. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int paragraph;
    private String unit = "";
    private String unitDetail = "";

    private int tableDepth;
    private int tables;
    private int rowIndex;
    private int column;
    private int span;
    private boolean rowDeleted;
    private List<TableCell> cells;
    private StringBuilder cellText;
    private Visibility cellVisibility;

    WordPartReader(ContentSink sink, ExtractionContext context, String part, Visibility partVisibility, Set<String> hiddenStyles) {
        this.sink = sink;
        this.context = context;
        this.part = part;
        this.partVisibility = partVisibility;
        this.hiddenStyles = hiddenStyles;
        frames.push(new Frame(false));
    }

    private static final class Frame {
        final boolean textBox;
        final Map<Visibility, StringBuilder> text = new EnumMap<>(Visibility.class);
        String detail = "";

        Frame(boolean textBox) {
            this.textBox = textBox;
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
        if (MC.equals(uri) && local.equals("Fallback")) {
            fallbackDepth++; // the Fallback repeats the Choice's content for old readers
            return;
        }
        if (fallbackDepth > 0) {
            return;
        }
        switch (local) {
            case "p" -> {
                if (W.equals(uri)) {
                    paragraphHidden = false;
                    if (tableDepth == 0 && !frames.peek().textBox) {
                        paragraph++;
                        context.checkDeadline();
                    }
                }
            }
            case "pPr" -> inParagraphProperties = true;
            case "rPr" -> inRunProperties = inRun;
            case "trPr" -> inRowProperties = true;
            case "r" -> {
                if (W.equals(uri)) {
                    inRun = true;
                    runHidden = false;
                }
            }
            case "pStyle" -> paragraphHidden |= hiddenStyles.contains(value(atts, "val"));
            case "rStyle" -> runHidden |= inRun && hiddenStyles.contains(value(atts, "val"));
            case "vanish" -> {
                if (inRunProperties && on(atts)) {
                    runHidden = true;
                    count(HiddenPlaceKind.HIDDEN_TEXT);
                }
            }
            case "del", "moveFrom" -> {
                if (inRowProperties) {
                    rowDeleted = true;
                } else if (!inRunProperties && !inParagraphProperties) {
                    deletedDepth++;
                    changeAuthor = value(atts, "author");
                    count(HiddenPlaceKind.TRACKED_CHANGES);
                }
            }
            case "ins", "moveTo" -> {
                if (!inRunProperties && !inParagraphProperties && !inRowProperties) {
                    insertedDepth++;
                    changeAuthor = value(atts, "author");
                    count(HiddenPlaceKind.TRACKED_CHANGES);
                }
            }
            case "t", "delText" -> capturing = inRun || !W.equals(uri);
            case "instrText", "delInstrText" -> {
                capturing = true;
                inInstruction = true;
            }
            case "fldChar" -> {
                if ("begin".equals(value(atts, "fldCharType"))) {
                    count(HiddenPlaceKind.FIELDS);
                }
            }
            case "fldSimple" -> {
                count(HiddenPlaceKind.FIELDS);
                append(Visibility.FIELD_CODE, value(atts, "instr") + " ");
            }
            case "tab" -> {
                if (inRun) {
                    append(runVisibility(), "\t");
                }
            }
            case "br", "cr" -> {
                if (inRun) {
                    append(runVisibility(), "\n");
                }
            }
            case "docPr", "cNvPr" -> altText(atts);
            case "shape" -> {
                String alt = value(atts, "alt");
                if (!alt.isBlank()) {
                    emitAltText(alt, "");
                }
            }
            case "txbxContent" -> {
                count(HiddenPlaceKind.TEXT_BOXES);
                frames.push(new Frame(true));
            }
            case "tbl" -> startTable();
            case "tr" -> {
                if (tableDepth == 1 && !frames.peek().textBox) {
                    rowIndex++;
                    column = 0;
                    rowDeleted = false;
                    cells = new ArrayList<>();
                    context.checkDeadline();
                }
            }
            case "tc" -> {
                if (tableDepth == 1 && !frames.peek().textBox) {
                    cellText = new StringBuilder();
                    cellVisibility = Visibility.VISIBLE;
                    span = 1;
                }
            }
            case "gridSpan" -> {
                if (tableDepth == 1) {
                    try {
                        span = Math.max(1, Math.min(1000, Integer.parseInt(value(atts, "val"))));
                    } catch (NumberFormatException e) {
                        span = 1;
                    }
                }
            }
            case "comment" -> startUnit("comment " + value(atts, "id"), commentDetail(atts), HiddenPlaceKind.COMMENTS);
            case "footnote", "endnote" -> {
                String type = value(atts, "type");
                if (type.isEmpty() || type.equals("normal")) {
                    startUnit(local + " " + value(atts, "id"), "", HiddenPlaceKind.FOOTNOTES);
                } else {
                    startUnit("", "", null); // separators: Word's own furniture
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing && fallbackDepth == 0) {
            append(runVisibility(), new String(ch, start, length));
        }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (MC.equals(uri) && local.equals("Fallback")) {
            fallbackDepth--;
            return;
        }
        if (fallbackDepth > 0) {
            return;
        }
        switch (local) {
            case "p" -> {
                if (W.equals(uri)) {
                    if (tableDepth > 0 && !frames.peek().textBox) {
                        if (cellText != null) {
                            cellText.append('\n');
                        }
                    } else {
                        flush(frames.peek(), paragraphCells());
                    }
                }
            }
            case "pPr" -> inParagraphProperties = false;
            case "rPr" -> inRunProperties = false;
            case "trPr" -> inRowProperties = false;
            case "r" -> {
                if (W.equals(uri)) {
                    inRun = false;
                    runHidden = false;
                }
            }
            case "del", "moveFrom" -> {
                if (!inRunProperties && !inParagraphProperties && !inRowProperties && deletedDepth > 0) {
                    deletedDepth--;
                }
            }
            case "ins", "moveTo" -> {
                if (!inRunProperties && !inParagraphProperties && !inRowProperties && insertedDepth > 0) {
                    insertedDepth--;
                }
            }
            case "t", "delText" -> capturing = false;
            case "instrText", "delInstrText" -> {
                capturing = false;
                inInstruction = false;
                append(runVisibility(), " ");
            }
            case "txbxContent" -> {
                if (frames.size() > 1) {
                    Frame box = frames.pop();
                    box.detail = "text box";
                    flush(box, paragraphCells());
                }
            }
            case "tc" -> {
                if (tableDepth == 1 && cellText != null && !frames.peek().textBox) {
                    String text = cellText.toString().strip();
                    if (!text.isEmpty()) {
                        Visibility visibility = rowDeleted ? Visibility.TRACKED_DELETION : cellVisibility;
                        cells.add(new TableCell(column, text, CellKind.TEXT, visibility));
                    }
                    column += span;
                    cellText = null;
                }
            }
            case "tr" -> {
                if (tableDepth == 1 && cells != null && !frames.peek().textBox) {
                    if (!cells.isEmpty()) {
                        sink.row(rowIndex, cells);
                    }
                    cells = null;
                }
            }
            case "tbl" -> endTable();
            case "comment", "footnote", "endnote" -> startUnit("", "", null);
            default -> { }
        }
    }

    /** Reports the part's inventory once it has been read. */
    void reportInventory() {
        Location location = Location.of(part);
        inventory.forEach((kind, n) -> sink.hiddenPlace(new HiddenPlace(kind, location, n)));
    }

    private void startTable() {
        if (frames.peek().textBox) {
            return; // a table in a text box is read as the box's text
        }
        tableDepth++;
        if (tableDepth == 1) {
            tables++;
            rowIndex = -1;
            sink.startTable(new TableSource(Location.of(part + " › table " + tables), partVisibility,
                    TableSource.CellReferences.A1));
        }
    }

    private void endTable() {
        if (frames.peek().textBox || tableDepth == 0) {
            return;
        }
        tableDepth--;
        if (tableDepth == 0) {
            sink.endTable();
        }
    }

    private void startUnit(String name, String detail, HiddenPlaceKind kind) {
        unit = name;
        unitDetail = detail;
        if (kind != null) {
            count(kind);
        }
    }

    private static String commentDetail(Attributes atts) {
        String author = value(atts, "author");
        return author.isBlank() ? "comment" : "comment by " + author;
    }

    private String paragraphCells() {
        if (!unit.isEmpty()) {
            return unit;
        }
        return "paragraph " + paragraph;
    }

    private void altText(Attributes atts) {
        String description = value(atts, "descr");
        String title = value(atts, "title");
        String name = value(atts, "name");
        if (!description.isBlank()) {
            emitAltText(description, name);
        }
        if (!title.isBlank()) {
            emitAltText(title, name);
        }
    }

    private void emitAltText(String text, String name) {
        count(HiddenPlaceKind.ALT_TEXT);
        sink.text(new Location("", part, paragraphCells(), name.isBlank() ? "alt text" : "alt text of '" + name + "'"),
                Visibility.ALT_TEXT, text);
    }

    private Visibility runVisibility() {
        Visibility run;
        if (deletedDepth > 0) {
            run = Visibility.TRACKED_DELETION;
        } else if (runHidden || paragraphHidden) {
            run = Visibility.HIDDEN_TEXT;
        } else if (inInstruction) {
            run = Visibility.FIELD_CODE;
        } else if (insertedDepth > 0) {
            run = Visibility.TRACKED_INSERTION;
        } else if (frames.peek().textBox) {
            run = Visibility.TEXT_BOX;
        } else {
            run = Visibility.VISIBLE;
        }
        // A comment or a header says where the text is unless the run itself is hidden.
        if (!run.hidden() && partVisibility != Visibility.VISIBLE && (run == Visibility.VISIBLE || partVisibility.hidden())) {
            return partVisibility;
        }
        return run;
    }

    private void append(Visibility visibility, String text) {
        if (tableDepth > 0 && cellText != null && !frames.peek().textBox) {
            cellText.append(text);
            if (visibility != Visibility.VISIBLE && visibility != partVisibility && cellVisibility == Visibility.VISIBLE) {
                cellVisibility = visibility;
            }
            return;
        }
        Frame frame = frames.peek();
        frame.text.computeIfAbsent(visibility, v -> new StringBuilder()).append(text);
        if ((visibility == Visibility.TRACKED_DELETION || visibility == Visibility.TRACKED_INSERTION) && !changeAuthor.isBlank()) {
            frame.detail = (visibility == Visibility.TRACKED_DELETION ? "deleted by " : "inserted by ") + changeAuthor;
        }
    }

    private void flush(Frame frame, String cellsLabel) {
        for (Map.Entry<Visibility, StringBuilder> entry : frame.text.entrySet()) {
            String text = entry.getValue().toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            Visibility visibility = entry.getKey();
            String detail = unitDetail;
            if (frame.textBox) {
                detail = "text box";
            } else if (visibility == Visibility.TRACKED_DELETION || visibility == Visibility.TRACKED_INSERTION) {
                detail = frame.detail.isEmpty() ? visibility.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : frame.detail;
            } else if (visibility == Visibility.HIDDEN_TEXT) {
                detail = "hidden text";
            } else if (visibility == Visibility.FIELD_CODE) {
                detail = "field code";
            }
            sink.text(new Location("", part, cellsLabel, detail), visibility, text);
        }
        frame.text.clear();
        frame.detail = "";
    }

    private void count(HiddenPlaceKind kind) {
        inventory.merge(kind, 1L, Long::sum);
    }

    private static String value(Attributes atts, String localName) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getLocalName(i).equals(localName)) {
                return atts.getValue(i);
            }
        }
        return "";
    }

    /** A toggle property is on unless its val says 0, false or off. */
    private static boolean on(Attributes atts) {
        String val = value(atts, "val");
        return !(val.equals("0") || val.equalsIgnoreCase("false") || val.equalsIgnoreCase("off"));
    }
}
