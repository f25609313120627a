package org.airlock.extract.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.data.JsonExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A web page (HTML or XHTML, parsed by jsoup as a browser would): the text a reader sees, block
 * by block, located by the nearest id and heading; and everything a reader does not see, each
 * with its own visibility: comments, elements hidden by the {@code hidden} attribute,
 * {@code display:none} or {@code visibility:hidden} styles and {@code <template>}, attribute
 * values that carry data ({@code data-*}, {@code title}, {@code alt}, input values, author
 * meta tags), and script data (JSON, JSON-LD, script literals as text). Tables become tables, so a
 * table of people is judged like a sheet. Documents the page links to on the same site are listed
 * in the inventory so the crawler and the gate can follow them; nothing is fetched.
 * {@code data:} URIs holding documents are decoded and inspected as embedded files.
 */
public final class HtmlExtractor implements Extractor {

    private static final int CHUNK = 16_000;
    private static final Set<String> DATA_ATTRIBUTES = Set.of("title", "alt", "label", "placeholder", "content",
            "aria-label", "aria-description");
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "xlsb", "csv", "tsv", "ods",
            "docx", "doc", "odt", "rtf", "pptx", "ppt", "odp", "pdf", "json", "xml", "txt", "zip", "tar", "gz", "tgz",
            "7z", "eml", "msg");
    private static final Set<String> META_NAMES = Set.of("author", "description", "keywords", "creator", "publisher",
            "dc.creator", "dcterms.creator", "contact");

    /** Larger pages are read as plain text: jsoup keeps the whole tree, several times the file's size. */
    private static final long MAX_TREE_BYTES = 64L << 20;

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        if (Files.size(file) > MAX_TREE_BYTES) {
            new org.airlock.extract.text.TextExtractor().extract(file, sink, context);
            return;
        }
        Document document = Jsoup.parse(file.toFile(), null);
        extract(document, "page", sink, context);
    }

    /** Extracts a page already parsed, e.g. the HTML body of an e-mail; {@code part} names it in locations. */
    public void extract(Document document, String part, ContentSink sink, ExtractionContext context) {
        new Walk(document, part, sink, context).run();
    }

    /** Extracts HTML held in a string (a mail body). */
    public void extract(String html, String part, ContentSink sink, ExtractionContext context) {
        extract(Jsoup.parse(html), part, sink, context);
    }

    /** One pass over one document; keeps the state of the traversal. */
    private static final class Walk implements NodeVisitor {
        private final Document document;
        private final String part;
        private final ContentSink sink;
        private final ExtractionContext context;
        private final Deque<Visibility> hiding = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Location textLocation;
        private Visibility textVisibility;
        private String heading = "";
        private int tableDepth;
        private int tables;
        private int comments;
        private int hiddenElements;
        private int dataAttributes;
        private int scripts;
        private int dataUris;
        private final Set<String> links = new LinkedHashSet<>();
        private final String siteHost;

        Walk(Document document, String part, ContentSink sink, ExtractionContext context) {
            this.document = document;
            this.part = part;
            this.sink = sink;
            this.context = context;
            this.siteHost = siteHost(document);
        }

        void run() {
            NodeTraversor.traverse(this, document);
            flush();
            inventory(HiddenPlaceKind.MARKUP_COMMENTS, comments);
            inventory(HiddenPlaceKind.HIDDEN_ELEMENTS, hiddenElements);
            inventory(HiddenPlaceKind.DATA_ATTRIBUTES, dataAttributes);
            inventory(HiddenPlaceKind.SCRIPT_DATA, scripts);
            for (String link : links) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.LINKED_DOCUMENTS, Location.of(part).withDetail(link), 1));
            }
        }

        private void inventory(HiddenPlaceKind kind, int count) {
            if (count > 0) {
                sink.hiddenPlace(new HiddenPlace(kind, Location.of(part), count));
            }
        }

        private Visibility current() {
            return hiding.isEmpty() ? Visibility.VISIBLE : hiding.peek();
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                enter(element);
            } else if (node instanceof Comment comment) {
                comments++;
                for (String passage : Passages.split(comment.getData())) {
                    emit(locationOf(comment.parent()), Visibility.MARKUP_COMMENT, passage);
                }
            } else if (node instanceof TextNode textNode && tableDepth == 0) {
                String value = textNode.text();
                if (!value.isBlank()) {
                    Element parent = textNode.parent() instanceof Element e ? e : null;
                    if (parent != null && parent.normalName().matches("h[1-6]")) {
                        heading = parent.text();
                    }
                    append(locationOf(parent), current(), value);
                }
            } else if (node instanceof DataNode data && node.parent() instanceof Element parent
                    && parent.normalName().equals("script")) {
                script(parent, data.getWholeData());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.isBlock()) {
                    // One block (paragraph, list item, cell) is one passage: a list of people stays a list of records.
                    flush();
                } else if (element.normalName().equals("br")) {
                    text.append('\n');
                }
                if (element.normalName().equals("table")) {
                    tableDepth--;
                }
                if (hides(element) != null) {
                    hiding.pop();
                }
            }
        }

        private void enter(Element element) {
            context.checkDeadline();
            String name = element.normalName();
            Visibility hidden = hides(element);
            if (hidden != null) {
                if (current() == Visibility.VISIBLE) {
                    hiddenElements++;
                }
                hiding.push(current() == Visibility.VISIBLE ? hidden : current());
            }
            attributes(element);
            if (name.equals("table")) {
                if (tableDepth == 0) {
                    flush();
                    table(element);
                }
                tableDepth++;
            }
        }

        /** The visibility an element imposes on its content, or null when it hides nothing. */
        private static Visibility hides(Element element) {
            String name = element.normalName();
            if (element.hasAttr("hidden") || name.equals("template")) {
                return Visibility.HIDDEN_ELEMENT;
            }
            if (name.equals("input") && element.attr("type").equalsIgnoreCase("hidden")) {
                return Visibility.HIDDEN_ELEMENT;
            }
            String style = element.attr("style").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                return Visibility.HIDDEN_ELEMENT;
            }
            return null;
        }

        private void attributes(Element element) {
            String name = element.normalName();
            Location where = locationOf(element);
            StringBuilder values = new StringBuilder();
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (value.isBlank()) {
                    continue;
                }
                boolean carriesData = key.startsWith("data-") || DATA_ATTRIBUTES.contains(key)
                        || (key.equals("value") && (name.equals("input") || name.equals("option") || name.equals("button")));
                if (name.equals("meta") && key.equals("content")) {
                    String metaName = element.attr("name").toLowerCase(Locale.ROOT);
                    carriesData = META_NAMES.contains(metaName) || element.attr("property").startsWith("article:author");
                }
                if (carriesData) {
                    values.append(key).append(": ").append(value).append('\n');
                }
                if (key.equals("href") || key.equals("src") || (key.equals("data") && name.equals("object"))) {
                    link(value);
                }
            }
            if (!values.isEmpty()) {
                dataAttributes++;
                emit(where.withDetail("attributes of <" + name + ">"), current() == Visibility.VISIBLE
                        ? Visibility.ATTRIBUTE : current(), values.toString());
            }
        }

        private void script(Element script, String data) {
            if (data.isBlank()) {
                return;
            }
            scripts++;
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            Location where = locationOf(script).withDetail("script" + (type.isEmpty() ? "" : " " + type));
            if (type.contains("json")) {
                // JSON data: walked field by field, so arrays of records become tables.
                JsonExtractor.extractString(data, where, Visibility.INLINE_DATA, sink, context);
            } else {
                // Script code: its string and object literals are read as text (no JavaScript is run).
                emit(where, Visibility.INLINE_DATA, data);
            }
        }

        private void link(String value) {
            String target = value.trim();
            if (target.regionMatches(true, 0, "data:", 0, 5)) {
                dataUri(target);
                return;
            }
            try {
                URI uri = new URI(target.replace(" ", "%20"));
                String host = uri.getHost();
                boolean sameSite = host == null ? uri.getScheme() == null
                        : siteHost != null && host.equalsIgnoreCase(siteHost);
                String path = uri.getPath();
                if (!sameSite || path == null) {
                    return;
                }
                int dot = path.lastIndexOf('.');
                if (dot > path.lastIndexOf('/') && DOCUMENT_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                    links.add(target);
                }
            } catch (java.net.URISyntaxException e) {
                // Not a URL a crawler could follow either.
            }
        }

        /** A base64 {@code data:} URI large enough to be a document is decoded and inspected as an embedded file. */
        private void dataUri(String uri) {
            int comma = uri.indexOf(',');
            if (comma < 0 || !uri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64") || uri.length() < 64) {
                return;
            }
            try {
                byte[] bytes = Base64.getMimeDecoder().decode(uri.substring(comma + 1));
                context.budget().member();
                context.budget().expanded(bytes.length);
                Path temp = Files.createTempFile("airlock-data-uri-", ".bin");
                try {
                    Files.write(temp, bytes);
                    sink.embedded("data URI " + (++dataUris) + " (" + uri.substring(5, comma) + ")", temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IllegalArgumentException | IOException | InspectionException e) {
                sink.notInspected(new org.airlock.extract.InspectionFailure(org.airlock.extract.FailureKind.CORRUPT,
                        Location.of(part).withDetail("data URI"), "cannot be decoded"));
            }
        }

        /** A table, row by row; cells spanning columns keep the columns after them in place. */
        private void table(Element table) {
            Location where = locationOf(table).withDetail("table " + (++tables) + (heading.isEmpty() ? "" : " under '" + heading + "'"));
            Visibility tableVisibility = current();
            sink.startTable(new TableSource(where, tableVisibility, TableSource.CellReferences.A1));
            int rowIndex = 0;
            for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
                context.checkDeadline();
                Visibility rowVisibility = hides(row) != null && tableVisibility == Visibility.VISIBLE
                        ? Visibility.HIDDEN_ELEMENT : tableVisibility;
                List<TableCell> cells = new ArrayList<>();
                int column = 0;
                for (Element cell : row.children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    String value = cell.text();
                    Visibility visibility = hides(cell) != null && rowVisibility == Visibility.VISIBLE
                            ? Visibility.HIDDEN_ELEMENT : rowVisibility;
                    if (!value.isBlank()) {
                        cells.add(new TableCell(column, value, CellKind.TEXT, visibility));
                    }
                    column += Math.max(1, Math.min(1000, parseSpan(cell.attr("colspan"))));
                }
                sink.row(rowIndex++, cells);
            }
            sink.endTable();
        }

        private static int parseSpan(String span) {
            try {
                return Integer.parseInt(span.trim());
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void append(Location where, Visibility visibility, String value) {
            if (textLocation == null || !textLocation.equals(where) || textVisibility != visibility || text.length() > CHUNK) {
                flush();
                textLocation = where;
                textVisibility = visibility;
            }
            text.append(value).append(' ');
        }

        private void flush() {
            if (textLocation != null && !text.toString().isBlank()) {
                sink.text(textLocation, textVisibility, text.toString());
            }
            text.setLength(0);
            textLocation = null;
        }

        private void emit(Location where, Visibility visibility, String value) {
            if (!value.isBlank()) {
                sink.text(where, visibility, value);
            }
        }

        /**
         * Where a node is: the nearest block element's path from the nearest ancestor with an id
         * ({@code #people > ul > li}), and the heading above it.
         */
        private Location locationOf(Element element) {
            Element block = element;
            while (block != null && !block.isBlock() && block.parent() != null) {
                block = block.parent();
            }
            List<String> path = new ArrayList<>();
            for (Element e = block; e != null && !(e instanceof Document); e = e.parent()) {
                if (!e.id().isEmpty()) {
                    path.add(0, "#" + e.id());
                    break;
                }
                path.add(0, e.normalName());
                if (path.size() > 6) {
                    break;
                }
            }
            return new Location("", part, String.join(" > ", path), heading.isEmpty() ? "" : "under '" + heading + "'");
        }

        /** The page's own host, from {@code <base>}, the canonical link or {@code og:url}; null when unknown. */
        private static String siteHost(Document document) {
            for (String query : new String[] {"base[href]", "link[rel=canonical][href]", "meta[property=og:url][content]"}) {
                Element e = document.selectFirst(query);
                if (e != null) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
                    try {
                        String host = new URI(url.trim()).getHost();
                        if (host != null) {
                            return host;
                        }
                    } catch (java.net.URISyntaxException ignored) {
                        // Try the next source.
                    }
                }
            }
            return null;
        }
    }
}
