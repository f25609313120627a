package org.airlock.extract.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.ole.OleProperties;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97-2003 documents (doc) through POI's HWPF (poi-scratchpad): the main text by paragraph,
 * with each character run's tracked deletion or insertion, hidden formatting and field codes
 * (the characters between a field's begin and separator marks); tables as tables; footnotes,
 * endnotes, comments, headers and footers and text boxes (HWPF gives each as its own story);
 * document properties; and embedded objects ({@code ObjectPool}), inspected by their own type.
 * HWPF does not expose comment authors or pages.
 */
public final class DocExtractor implements Extractor {

    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HWPFDocument doc = new HWPFDocument(fs);
            Map<HiddenPlaceKind, Long> inventory = new EnumMap<>(HiddenPlaceKind.class);
            readStory(doc.getRange(), "document body", Visibility.VISIBLE, sink, context, inventory, true);
            readStory(doc.getFootnoteRange(), "footnotes", Visibility.FOOTNOTE, sink, context, inventory, false);
            readStory(doc.getEndnoteRange(), "endnotes", Visibility.FOOTNOTE, sink, context, inventory, false);
            readStory(doc.getCommentsRange(), "comments", Visibility.REVIEW_COMMENT, sink, context, inventory, false);
            readStory(doc.getHeaderStoryRange(), "headers and footers", Visibility.HEADER_FOOTER, sink, context, inventory, false);
            readStory(doc.getMainTextboxRange(), "text boxes", Visibility.TEXT_BOX, sink, context, inventory, false);
            Location body = Location.of("document body");
            inventory.forEach((kind, n) -> sink.hiddenPlace(new HiddenPlace(kind, body, n)));
            OleProperties.read(doc.getSummaryInformation(), doc.getDocumentSummaryInformation(), sink);
            readObjectPool(fs, sink, context);
        } catch (ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static void readStory(Range story, String part, Visibility storyVisibility, ContentSink sink, ExtractionContext context,
                                  Map<HiddenPlaceKind, Long> inventory, boolean body) {
        if (story == null || story.text().isBlank()) {
            return;
        }
        HiddenPlaceKind storyKind = switch (storyVisibility) {
            case FOOTNOTE -> HiddenPlaceKind.FOOTNOTES;
            case REVIEW_COMMENT -> HiddenPlaceKind.COMMENTS;
            case HEADER_FOOTER -> HiddenPlaceKind.HEADERS_FOOTERS;
            case TEXT_BOX -> HiddenPlaceKind.TEXT_BOXES;
            default -> null;
        };
        if (storyKind != null) {
            inventory.merge(storyKind, 1L, Long::sum);
        }
        int paragraphNumber = 0;
        int tables = 0;
        boolean[] inFieldCode = {false};
        for (int i = 0; i < story.numParagraphs(); i++) {
            context.checkDeadline();
            Paragraph paragraph = story.getParagraph(i);
            if (body && paragraph.isInTable()) {
                Table table = story.getTable(paragraph);
                tables++;
                readTable(table, part + " › table " + tables, sink, context);
                i += Math.max(0, table.numParagraphs() - 1);
                continue;
            }
            paragraphNumber++;
            Map<Visibility, StringBuilder> text = new EnumMap<>(Visibility.class);
            for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
                CharacterRun run = paragraph.getCharacterRun(r);
                Visibility runVisibility = storyVisibility;
                if (run.isMarkedDeleted()) {
                    runVisibility = Visibility.TRACKED_DELETION;
                    inventory.merge(HiddenPlaceKind.TRACKED_CHANGES, 1L, Long::sum);
                } else if (run.isVanished()) {
                    runVisibility = Visibility.HIDDEN_TEXT;
                    inventory.merge(HiddenPlaceKind.HIDDEN_TEXT, 1L, Long::sum);
                } else if (run.isMarkedInserted()) {
                    runVisibility = storyVisibility == Visibility.VISIBLE ? Visibility.TRACKED_INSERTION : storyVisibility;
                    inventory.merge(HiddenPlaceKind.TRACKED_CHANGES, 1L, Long::sum);
                }
                for (char c : run.text().toCharArray()) {
                    if (c == FIELD_BEGIN) {
                        inFieldCode[0] = true;
                        inventory.merge(HiddenPlaceKind.FIELDS, 1L, Long::sum);
                        continue;
                    }
                    if (c == FIELD_SEPARATOR || c == FIELD_END) {
                        inFieldCode[0] = false;
                        continue;
                    }
                    Visibility visibility = inFieldCode[0] && !runVisibility.hidden() ? Visibility.FIELD_CODE : runVisibility;
                    text.computeIfAbsent(visibility, v -> new StringBuilder()).append(c < ' ' && c != '\t' ? ' ' : c);
                }
            }
            for (Map.Entry<Visibility, StringBuilder> entry : text.entrySet()) {
                String value = entry.getValue().toString().strip();
                if (!value.isEmpty()) {
                    String detail = switch (entry.getKey()) {
                        case TRACKED_DELETION -> "tracked deletion";
                        case TRACKED_INSERTION -> "tracked insertion";
                        case HIDDEN_TEXT -> "hidden text";
                        case FIELD_CODE -> "field code";
                        default -> "";
                    };
                    sink.text(new Location("", part, "paragraph " + paragraphNumber, detail), entry.getKey(), value);
                }
            }
        }
    }

    private static void readTable(Table table, String label, ContentSink sink, ExtractionContext context) {
        sink.startTable(new TableSource(Location.of(label), Visibility.VISIBLE, TableSource.CellReferences.A1));
        try {
            for (int r = 0; r < table.numRows(); r++) {
                context.checkDeadline();
                TableRow row = table.getRow(r);
                List<TableCell> cells = new ArrayList<>();
                for (int c = 0; c < row.numCells(); c++) {
                    String text = row.getCell(c).text().replace('\u0007', ' ').strip();
                    if (!text.isEmpty()) {
                        cells.add(new TableCell(c, text, CellKind.TEXT, Visibility.VISIBLE));
                    }
                }
                if (!cells.isEmpty()) {
                    sink.row(r, cells);
                }
            }
        } finally {
            sink.endTable();
        }
    }

    /**
     * Each object of the {@code ObjectPool} storage: an OOXML package (a {@code Package} stream)
     * is handed on as it is; any other object storage is copied into an OLE2 file of its own.
     */
    private static void readObjectPool(POIFSFileSystem fs, ContentSink sink, ExtractionContext context) throws IOException {
        if (!fs.getRoot().hasEntry("ObjectPool")) {
            return;
        }
        Entry pool = fs.getRoot().getEntry("ObjectPool");
        if (!(pool instanceof DirectoryEntry objects)) {
            return;
        }
        for (Entry entry : objects) {
            context.checkDeadline();
            if (!(entry instanceof DirectoryEntry object)) {
                continue;
            }
            String name = "ObjectPool/" + entry.getName();
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EMBEDDED_OBJECTS, Location.of(name), 1));
            Path temp = Files.createTempFile("airlock-embedded-", ".bin");
            try {
                if (object.hasEntry("Package")) {
                    try (InputStream in = new DocumentInputStream((org.apache.poi.poifs.filesystem.DocumentEntry) object.getEntry("Package"))) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                } else {
                    try (POIFSFileSystem copy = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(temp)) {
                        EntryUtils.copyNodes(object, copy.getRoot());
                        copy.writeFilesystem(out);
                    }
                }
                sink.embedded(name, temp);
            } catch (IOException | RuntimeException e) {
                sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(name), Failures.safeDetail(e)));
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
