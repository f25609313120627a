package org.airlock.extract.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.SecureXml;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * XML data, streamed (SAX, no DTD: a DOCTYPE is refused before an entity can be declared, so an
 * entity bomb ends as XML_BOMB). An element whose children are all leaves is a record: its leaf
 * values and attributes are read together as "name: value" lines located by an XPath-like path
 * ({@code /export[1]/person[3]}); two or more such records in a row with the same name and parent
 * become a table whose header is the first record's field names. Comments are read as hidden
 * text.
 */
public final class XmlExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        Handler handler = new Handler(sink, context);
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            handler.records.close();
            throw new InspectionException(Failures.kindOf(e) == FailureKind.XML_BOMB || handler.sawDoctype
                    ? FailureKind.XML_BOMB : FailureKind.CORRUPT, handler.sawDoctype ? "declares a DTD" : "not well-formed XML", e);
        }
        handler.records.close();
        if (handler.comments > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.MARKUP_COMMENTS, Location.of("XML"), handler.comments));
        }
    }

    /** One open element. */
    private static final class Frame {
        final String name;
        final String path;
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, Integer> childCounts = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        boolean hasChildren;

        Frame(String name, String path) {
            this.name = name;
            this.path = path;
        }
    }

    private static final class Handler extends DefaultHandler2 {
        private final ContentSink sink;
        private final ExtractionContext context;
        private final Deque<Frame> stack = new ArrayDeque<>();
        final Records records;
        boolean sawDoctype;
        int comments;

        Handler(ContentSink sink, ExtractionContext context) {
            this.sink = sink;
            this.context = context;
            this.records = new Records(sink);
            stack.push(new Frame("", ""));
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            sawDoctype = true;
            throw new SAXException("DOCTYPE is not allowed (possible XML entity bomb)");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            context.checkDeadline();
            Frame parent = stack.peek();
            parent.hasChildren = true;
            String name = qName.isEmpty() ? localName : qName;
            int index = parent.childCounts.merge(name, 1, Integer::sum);
            Frame frame = new Frame(name, parent.path + "/" + name + "[" + index + "]");
            for (int i = 0; i < attributes.getLength(); i++) {
                frame.fields.put("@" + attributes.getQName(i), attributes.getValue(i));
            }
            stack.push(frame);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            StringBuilder text = stack.peek().text;
            if (text.length() < 1_000_000) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Frame frame = stack.pop();
            Frame parent = stack.peek();
            String text = frame.text.toString().strip();
            if (!frame.hasChildren && parent != null && !parent.path.isEmpty()) {
                // A leaf: a field of its parent's record.
                if (!text.isEmpty()) {
                    parent.fields.merge(frame.name, text, (a, b) -> a + "; " + b);
                }
                frame.fields.forEach((k, v) -> parent.fields.put(frame.name + k, v));
                return;
            }
            if (!text.isEmpty()) {
                frame.fields.put("#text", text);
            }
            records.record(parent == null ? "" : parent.path, frame, context);
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            if (!text.isBlank()) {
                comments++;
                records.close();
                sink.text(Location.of("XML").withCells(stack.peek().path.isEmpty() ? "/" : stack.peek().path),
                        Visibility.MARKUP_COMMENT, text);
            }
        }
    }

    /** Groups consecutive records of the same name and parent into tables. */
    private static final class Records {
        private final ContentSink sink;
        private String group;
        private Frame pending;
        private Map<String, Integer> columns;
        private int row;

        Records(ContentSink sink) {
            this.sink = sink;
        }

        void record(String parentPath, Frame frame, ExtractionContext context) {
            if (frame.fields.isEmpty()) {
                return;
            }
            String key = parentPath + "/" + frame.name;
            if (key.equals(group) && (pending != null || columns != null)) {
                if (columns == null) {
                    columns = new LinkedHashMap<>();
                    pending.fields.keySet().forEach(k -> columns.putIfAbsent(k, columns.size()));
                    sink.startTable(new TableSource(Location.of("XML").withCells(parentPath + "/" + frame.name),
                            Visibility.VISIBLE, TableSource.CellReferences.RECORDS, true));
                    List<TableCell> header = new ArrayList<>();
                    columns.forEach((name, column) -> header.add(new TableCell(column, name, CellKind.TEXT, Visibility.VISIBLE)));
                    sink.row(0, header);
                    row = 1;
                    row(pending);
                    pending = null;
                }
                row(frame);
                return;
            }
            close();
            group = key;
            pending = frame;
        }

        private void row(Frame frame) {
            List<TableCell> cells = new ArrayList<>();
            for (Map.Entry<String, String> field : frame.fields.entrySet()) {
                Integer column = columns.get(field.getKey());
                if (column == null && columns.size() < 1000) {
                    column = columns.size();
                    columns.put(field.getKey(), column);
                }
                if (column != null) {
                    cells.add(new TableCell(column, field.getValue(), CellKind.TEXT, Visibility.VISIBLE));
                }
            }
            cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
            sink.row(row++, cells);
        }

        void close() {
            if (columns != null) {
                sink.endTable();
                columns = null;
            } else if (pending != null) {
                StringBuilder lines = new StringBuilder();
                pending.fields.forEach((k, v) -> lines.append(k).append(": ").append(v).append('\n'));
                sink.text(Location.of("XML").withCells(pending.path), Visibility.VISIBLE, lines.toString());
            }
            pending = null;
            group = null;
        }
    }
}
