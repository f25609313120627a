package org.airlock.extract.data;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;

/**
 * JSON data: an array of objects (an export of records) becomes a table whose header is the
 * objects' keys, so it is judged like a sheet; every other value is read as text, one object's
 * scalar fields together ("key: value" lines) so a person's fields stay in one passage, located by
 * JSON pointer. Keys are read too: an object keyed by names leaks the names.
 */
public final class JsonExtractor implements Extractor {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Larger files are read as plain text: a tree of a few hundred megabytes would not fit a worker's heap. */
    private static final long MAX_TREE_BYTES = 64L << 20;

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        if (Files.size(file) > MAX_TREE_BYTES) {
            new org.airlock.extract.text.TextExtractor().extract(file, sink, context);
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InspectionException(FailureKind.CORRUPT, "not well-formed JSON or nested too deeply", e);
        }
        new Walk(Location.of("JSON"), Visibility.VISIBLE, sink, context).node(root, "");
    }

    /**
     * Extracts JSON held in a string, e.g. a page's {@code <script type="application/json">}; a
     * string that is not JSON is read as text instead.
     */
    public static void extractString(String json, Location base, Visibility visibility, ContentSink sink, ExtractionContext context) {
        try {
            JsonNode root = MAPPER.readTree(json);
            new Walk(base, visibility, sink, context).node(root, "");
        } catch (JacksonException e) {
            sink.text(base, visibility, json);
        }
    }

    private record Walk(Location base, Visibility visibility, ContentSink sink, ExtractionContext context) {

        void node(JsonNode node, String pointer) {
            context.checkDeadline();
            if (node.isObject()) {
                object(node, pointer);
            } else if (node.isArray()) {
                array(node, pointer);
            } else if (!node.isNull()) {
                sink.text(at(pointer), visibility, node.asText());
            }
        }

        private Location at(String pointer) {
            return base.withCells(pointer.isEmpty() ? "/" : pointer);
        }

        private void object(JsonNode node, String pointer) {
            StringBuilder lines = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if (value.isValueNode()) {
                    lines.append(field.getKey()).append(": ").append(value.isNull() ? "" : value.asText()).append('\n');
                } else {
                    lines.append(field.getKey()).append('\n');
                }
            }
            if (!lines.isEmpty()) {
                sink.text(at(pointer), visibility, lines.toString());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode()) {
                    node(field.getValue(), pointer + "/" + escape(field.getKey()));
                }
            }
        }

        private void array(JsonNode node, String pointer) {
            int objects = 0;
            for (JsonNode element : node) {
                if (element.isObject()) {
                    objects++;
                }
            }
            if (objects >= 2 && objects * 10 >= node.size() * 9) {
                table(node, pointer);
                return;
            }
            StringBuilder scalars = new StringBuilder();
            int index = 0;
            for (JsonNode element : node) {
                if (element.isValueNode() && !element.isNull()) {
                    scalars.append(element.asText()).append('\n');
                } else if (element.isContainerNode()) {
                    node(element, pointer + "/" + index);
                }
                index++;
            }
            if (!scalars.isEmpty()) {
                sink.text(at(pointer), visibility, scalars.toString());
            }
        }

        /** An array of records: keys in order of first appearance are the header row. */
        private void table(JsonNode array, String pointer) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (JsonNode element : array) {
                if (columns.size() >= 1000) {
                    break;
                }
                element.fieldNames().forEachRemaining(k -> columns.putIfAbsent(k, columns.size()));
            }
            sink.startTable(new TableSource(base.withCells(pointer.isEmpty() ? "/" : pointer), visibility,
                    TableSource.CellReferences.RECORDS, true));
            List<TableCell> header = new ArrayList<>();
            columns.forEach((key, column) -> header.add(new TableCell(column, key, CellKind.TEXT, visibility)));
            sink.row(0, header);
            int row = 1;
            for (JsonNode element : array) {
                context.checkDeadline();
                if (!element.isObject()) {
                    continue;
                }
                List<TableCell> cells = new ArrayList<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    JsonNode value = element.get(column.getKey());
                    if (value == null || value.isNull()) {
                        continue;
                    }
                    String text = value.isValueNode() ? value.asText() : value.toString();
                    if (!text.isBlank()) {
                        cells.add(new TableCell(column.getValue(), text, value.isNumber() ? CellKind.NUMBER : CellKind.TEXT, visibility));
                    }
                }
                sink.row(row++, cells);
            }
            sink.endTable();
            // Nested arrays and objects inside records are also walked for what they hold.
            int index = 0;
            for (JsonNode element : array) {
                for (Iterator<Map.Entry<String, JsonNode>> it = element.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (field.getValue().isContainerNode()) {
                        node(field.getValue(), pointer + "/" + index + "/" + escape(field.getKey()));
                    }
                }
                index++;
            }
        }

        /** JSON pointer escaping (RFC 6901). */
        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
