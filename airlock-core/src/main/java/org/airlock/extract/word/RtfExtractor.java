package org.airlock.extract.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;

/**
 * Rich Text Format. Read by a small tokenizer of our own because the readers at hand drop exactly
 * what matters here: the JDK's RTFEditorKit and Tika's RTF parser return hidden text ({@code \v}),
 * tracked deletions ({@code \deleted}), annotations and field codes mixed into, or missing from, the
 * plain text, with no way to tell them apart. The tokenizer follows RTF's groups and keeps, per
 * group, how its text is hidden and which destination (header, footnote, annotation, field code,
 * document information) it belongs to; unknown {@code \*} destinations (pictures, themes, binary
 * data) are skipped. Table rows ({@code \cell}, {@code \row}) go to the sink as tables.
 */
public final class RtfExtractor implements Extractor {

    private static final int MAX_DEPTH = 1_000;
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable",
            "pict", "themedata", "colorschememapping", "datastore", "latentstyles", "rsidtbl", "generator", "xmlnstbl",
            "mmathPr", "pgdsctbl", "filetbl", "revtbl", "objdata", "result", "shppict", "nonshppict", "bkmkstart", "bkmkend",
            "atnid", "atndate", "atnref", "wgrffmtfilter", "panose", "falt", "fontemb", "fontfile", "userprops");

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        }
        new Reader(bytes, sink, context).read();
    }

    /** Where a group's text goes. */
    private enum Destination { BODY, SKIP, HEADER_FOOTER, FOOTNOTE, ANNOTATION, AUTHOR, FIELD_CODE, INFO }

    private static final class State {
        Destination destination = Destination.BODY;
        boolean hidden;
        boolean deleted;
        boolean inserted;
        int unicodeSkip = 1;
        String infoName = "";

        State copy() {
            State s = new State();
            s.destination = destination;
            s.hidden = hidden;
            s.deleted = deleted;
            s.inserted = inserted;
            s.unicodeSkip = unicodeSkip;
            s.infoName = infoName;
            return s;
        }
    }

    private static final class Reader {
        private final byte[] in;
        private final ContentSink sink;
        private final ExtractionContext context;
        private final Charset codepage = Charset.forName("windows-1252");
        private final Deque<State> stack = new ArrayDeque<>();
        private State state = new State();
        private int pos;
        private int skipChars;
        private boolean sawDestinationMark;

        private final Map<Visibility, StringBuilder> paragraph = new EnumMap<>(Visibility.class);
        private final StringBuilder destinationText = new StringBuilder();
        private String author = "";
        private int paragraphs;
        private boolean paragraphStarted;
        private int annotations;
        private int footnotes;
        private final Map<HiddenPlaceKind, Long> inventory = new EnumMap<>(HiddenPlaceKind.class);

        private boolean inTable;
        private boolean tableOpen;
        private int tables;
        private int row;
        private List<TableCell> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private Visibility cellVisibility = Visibility.VISIBLE;

        Reader(byte[] in, ContentSink sink, ExtractionContext context) {
            this.in = in;
            this.sink = sink;
            this.context = context;
        }

        void read() throws InspectionException {
            if (in.length < 5 || !new String(in, 0, 5, codepage).equals("{\\rtf")) {
                throw new InspectionException(FailureKind.CORRUPT, "no {\\rtf header");
            }
            while (pos < in.length) {
                byte b = in[pos++];
                switch (b) {
                    case '{' -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new InspectionException(FailureKind.CORRUPT, "groups nested more than " + MAX_DEPTH + " deep");
                        }
                        stack.push(state);
                        state = state.copy();
                        sawDestinationMark = false;
                    }
                    case '}' -> closeGroup();
                    case '\\' -> control();
                    case '\r', '\n' -> { }
                    default -> character((char) (b & 0xff));
                }
            }
            if (!stack.isEmpty()) {
                throw new InspectionException(FailureKind.TRUNCATED, "the file ends inside " + stack.size() + " open groups");
            }
            flushParagraph(state.destination, true);
            closeTable();
            Location document = Location.of("document body");
            inventory.forEach((kind, n) -> sink.hiddenPlace(new HiddenPlace(kind, document, n)));
        }

        private void closeGroup() {
            if (stack.isEmpty()) {
                return;
            }
            State closing = state;
            state = stack.pop();
            if (closing.destination != state.destination
                    || closing.destination == Destination.INFO && !closing.infoName.equals(state.infoName)) {
                endDestination(closing);
            }
        }

        private void control() {
            if (pos >= in.length) {
                return;
            }
            char c = (char) (in[pos] & 0xff);
            if (!Character.isLetter(c)) {
                pos++;
                switch (c) {
                    case '*' -> sawDestinationMark = true;
                    case '\'' -> {
                        if (pos + 2 <= in.length) {
                            try {
                                int value = Integer.parseInt(new String(in, pos, 2, codepage), 16);
                                character(new String(new byte[] {(byte) value}, codepage).charAt(0));
                            } catch (NumberFormatException e) {
                                // not a hex escape: ignore it, as Word does
                            }
                            pos += 2;
                        }
                    }
                    case '~' -> character(' ');
                    case '_' -> character('-');
                    case '\\', '{', '}' -> character(c);
                    case '\r', '\n' -> paragraphMark();
                    default -> { }
                }
                return;
            }
            int start = pos;
            while (pos < in.length && Character.isLetter((char) (in[pos] & 0xff)) && pos - start < 32) {
                pos++;
            }
            String word = new String(in, start, pos - start, codepage);
            boolean hasParameter = false;
            int parameter = 0;
            int numberStart = pos;
            if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos]))) {
                pos++;
                while (pos < in.length && Character.isDigit(in[pos]) && pos - numberStart < 11) {
                    pos++;
                }
                try {
                    parameter = Integer.parseInt(new String(in, numberStart, pos - numberStart, codepage));
                    hasParameter = true;
                } catch (NumberFormatException e) {
                    parameter = 0;
                }
            }
            if (pos < in.length && in[pos] == ' ') {
                pos++;
            }
            word(word, hasParameter, parameter);
        }

        private void word(String word, boolean hasParameter, int parameter) {
            boolean on = !hasParameter || parameter != 0;
            boolean destinationMark = sawDestinationMark;
            sawDestinationMark = false;
            if (state.destination == Destination.SKIP) {
                if (word.equals("bin") && hasParameter) {
                    pos += Math.max(0, parameter);
                }
                return;
            }
            switch (word) {
                case "par", "sect", "page" -> paragraphMark();
                case "line" -> character('\n');
                case "tab" -> character('\t');
                case "cell", "nestcell" -> endCell();
                case "row", "nestrow" -> endRow();
                case "intbl" -> inTable = true;
                case "pard" -> inTable = false;
                case "v" -> {
                    state.hidden = on;
                    if (on) {
                        count(HiddenPlaceKind.HIDDEN_TEXT);
                    }
                }
                case "deleted" -> {
                    state.deleted = on;
                    if (on) {
                        count(HiddenPlaceKind.TRACKED_CHANGES);
                    }
                }
                case "revised" -> {
                    state.inserted = on;
                    if (on) {
                        count(HiddenPlaceKind.TRACKED_CHANGES);
                    }
                }
                case "plain" -> {
                    state.hidden = false;
                    state.deleted = false;
                    state.inserted = false;
                }
                case "uc" -> state.unicodeSkip = Math.max(0, Math.min(10, parameter));
                case "u" -> {
                    int code = parameter < 0 ? parameter + 65_536 : parameter;
                    character((char) code);
                    skipChars = state.unicodeSkip;
                }
                case "bin" -> pos += Math.max(0, parameter);
                case "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf" -> {
                    begin(Destination.HEADER_FOOTER);
                    count(HiddenPlaceKind.HEADERS_FOOTERS);
                }
                case "footnote" -> {
                    begin(Destination.FOOTNOTE);
                    footnotes++;
                    count(HiddenPlaceKind.FOOTNOTES);
                }
                case "annotation" -> {
                    begin(Destination.ANNOTATION);
                    annotations++;
                    count(HiddenPlaceKind.COMMENTS);
                }
                case "atnauthor" -> begin(Destination.AUTHOR);
                case "fldinst" -> {
                    begin(Destination.FIELD_CODE);
                    count(HiddenPlaceKind.FIELDS);
                }
                case "info" -> begin(Destination.INFO);
                case "title", "subject", "author", "operator", "keywords", "comment", "doccomm", "company", "manager", "category" -> {
                    if (state.destination == Destination.INFO) {
                        destinationText.setLength(0);
                        state.infoName = word;
                    }
                }
                default -> {
                    if (destinationMark || SKIPPED.contains(word)) {
                        state.destination = Destination.SKIP;
                    }
                }
            }
        }

        private void begin(Destination destination) {
            flushParagraph(state.destination, false); // a note or comment inside a paragraph splits it
            state.destination = destination;
            destinationText.setLength(0);
        }

        private void endDestination(State closing) {
            switch (closing.destination) {
                case AUTHOR -> author = destinationText.toString().strip();
                case HEADER_FOOTER, FOOTNOTE, ANNOTATION -> flushParagraph(closing.destination, true);
                case FIELD_CODE -> flushParagraph(closing.destination, false);
                case INFO -> {
                    String value = destinationText.toString().strip();
                    if (!closing.infoName.isEmpty() && !value.isEmpty() && state.destination == Destination.INFO) {
                        Location location = Location.of("document properties").withDetail(closing.infoName);
                        sink.text(location, Visibility.METADATA, value);
                        count(HiddenPlaceKind.DOCUMENT_PROPERTIES);
                    }
                    destinationText.setLength(0);
                }
                default -> { }
            }
        }

        private void character(char c) {
            if (skipChars > 0) {
                skipChars--;
                return;
            }
            switch (state.destination) {
                case SKIP -> { }
                case AUTHOR, INFO -> destinationText.append(c);
                default -> {
                    Visibility visibility = visibility();
                    if (inTable && state.destination == Destination.BODY) {
                        cell.append(c);
                        if (visibility != Visibility.VISIBLE && cellVisibility == Visibility.VISIBLE) {
                            cellVisibility = visibility;
                        }
                    } else {
                        paragraph.computeIfAbsent(visibility, v -> new StringBuilder()).append(c);
                    }
                }
            }
        }

        private Visibility visibility() {
            if (state.deleted) {
                return Visibility.TRACKED_DELETION;
            }
            if (state.hidden) {
                return Visibility.HIDDEN_TEXT;
            }
            return switch (state.destination) {
                case FIELD_CODE -> Visibility.FIELD_CODE;
                case ANNOTATION -> Visibility.REVIEW_COMMENT;
                case FOOTNOTE -> Visibility.FOOTNOTE;
                case HEADER_FOOTER -> Visibility.HEADER_FOOTER;
                default -> state.inserted ? Visibility.TRACKED_INSERTION : Visibility.VISIBLE;
            };
        }

        private void paragraphMark() {
            if (inTable && state.destination == Destination.BODY) {
                cell.append('\n');
                return;
            }
            flushParagraph(state.destination, true);
        }

        /** Emits the paragraph's text so far; {@code end} when the paragraph mark is reached. */
        private void flushParagraph(Destination destination, boolean end) {
            if (paragraph.isEmpty()) {
                if (end && destination == Destination.BODY && paragraphStarted) {
                    paragraphs++;
                    paragraphStarted = false;
                }
                return;
            }
            if (destination == Destination.BODY) {
                closeTable();
            }
            context.checkDeadline();
            String part = "document body";
            String cellsLabel = "paragraph " + (paragraphs + 1);
            String detail = "";
            switch (destination) {
                case HEADER_FOOTER -> {
                    part = "header or footer";
                    cellsLabel = "";
                }
                case FOOTNOTE -> detail = "footnote " + footnotes;
                case ANNOTATION -> detail = author.isEmpty() ? "comment " + annotations : "comment by " + author;
                case FIELD_CODE -> detail = "field code";
                default -> { }
            }
            boolean any = false;
            for (Map.Entry<Visibility, StringBuilder> entry : paragraph.entrySet()) {
                String text = entry.getValue().toString().strip();
                if (!text.isEmpty()) {
                    any = true;
                    String d = detail.isEmpty() && entry.getKey() == Visibility.HIDDEN_TEXT ? "hidden text"
                            : detail.isEmpty() && entry.getKey() == Visibility.TRACKED_DELETION ? "tracked deletion" : detail;
                    sink.text(new Location("", part, cellsLabel, d), entry.getKey(), text);
                }
            }
            paragraph.clear();
            if (destination == Destination.BODY) {
                paragraphStarted |= any;
                if (end && paragraphStarted) {
                    paragraphs++;
                    paragraphStarted = false;
                }
            }
        }

        private void endCell() {
            if (!tableOpen) {
                flushParagraph(Destination.BODY, true);
                tables++;
                row = 0;
                tableOpen = true;
                sink.startTable(new TableSource(Location.of("document body › table " + tables), Visibility.VISIBLE,
                        TableSource.CellReferences.A1));
            }
            String text = cell.toString().strip();
            if (!text.isEmpty()) {
                cells.add(new TableCell(cells.size(), text, CellKind.TEXT, cellVisibility));
            } else {
                cells.add(null);
            }
            cell.setLength(0);
            cellVisibility = Visibility.VISIBLE;
        }

        private void endRow() {
            List<TableCell> present = new ArrayList<>();
            for (TableCell c : cells) {
                if (c != null) {
                    present.add(c);
                }
            }
            if (tableOpen && !present.isEmpty()) {
                sink.row(row, present);
            }
            row++;
            cells = new ArrayList<>();
            context.checkDeadline();
        }

        private void closeTable() {
            if (tableOpen) {
                sink.endTable();
                tableOpen = false;
            }
        }

        private void count(HiddenPlaceKind kind) {
            inventory.merge(kind, 1L, Long::sum);
        }
    }
}
