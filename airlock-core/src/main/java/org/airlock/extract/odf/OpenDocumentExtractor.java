package org.airlock.extract.odf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.SecureXml;
import org.airlock.extract.Visibility;
import org.airlock.extract.ZipGuard;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OpenDocument text, spreadsheets and presentations (odt, ods, odp, and their templates). No
 * maintained Java library reads ODF's hiding places (hidden sheets and rows, tracked deletions,
 * hidden slides), so the XML is read with the hardened SAX reader; the zip is opened with POI's
 * {@link ZipSecureFile}, which checks each entry's real expansion ratio while reading.
 *
 * <p>A password-protected file declares {@code manifest:encryption-data} in its manifest: it
 * cannot be inspected and ends as {@link FailureKind#ENCRYPTED}.
 */
public final class OpenDocumentExtractor implements Extractor {

    private final OdfContentReader.Kind kind;

    private OpenDocumentExtractor(OdfContentReader.Kind kind) {
        this.kind = kind;
    }

    /** For text documents (odt, ott). */
    public static OpenDocumentExtractor text() {
        return new OpenDocumentExtractor(OdfContentReader.Kind.TEXT);
    }

    /** For spreadsheets (ods, ots). */
    public static OpenDocumentExtractor spreadsheet() {
        return new OpenDocumentExtractor(OdfContentReader.Kind.SPREADSHEET);
    }

    /** For presentations (odp, otp). */
    public static OpenDocumentExtractor presentation() {
        return new OpenDocumentExtractor(OdfContentReader.Kind.PRESENTATION);
    }

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipGuard.check(file, context.limits());
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest != null && isEncrypted(zip, manifest)) {
                throw new InspectionException(FailureKind.ENCRYPTED, "ODF manifest declares encryption-data");
            }
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new InspectionException(FailureKind.CORRUPT, "no content.xml");
            }
            OdfStyles styles = new OdfStyles();
            ZipArchiveEntry stylesEntry = zip.getEntry("styles.xml");
            if (stylesEntry != null) {
                OdfContentReader headers = new OdfContentReader(sink, context, styles, OdfContentReader.Kind.HEADERS_FOOTERS,
                        "headers and footers");
                try {
                    parse(zip, stylesEntry, headers);
                    headers.reportInventory();
                } catch (ExtractionContext.InspectionTimeout e) {
                    throw e;
                } catch (Exception e) {
                    sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of("styles.xml"), Failures.safeDetail(e)));
                } finally {
                    sink.endTable();
                }
            }
            OdfContentReader body = new OdfContentReader(sink, context, styles, kind, kind == OdfContentReader.Kind.TEXT
                    ? "document body" : kind == OdfContentReader.Kind.SPREADSHEET ? "spreadsheet" : "presentation");
            try {
                parse(zip, content, body);
            } finally {
                sink.endTable();
            }
            body.reportInventory();
            ZipArchiveEntry meta = zip.getEntry("meta.xml");
            if (meta != null) {
                readMeta(zip, meta, sink);
            }
            readObjects(zip, sink, context);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static boolean isEncrypted(ZipSecureFile zip, ZipArchiveEntry manifest) throws IOException {
        try (InputStream in = zip.getInputStream(manifest)) {
            String text = new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8);
            return text.contains("encryption-data");
        }
    }

    private static void parse(ZipSecureFile zip, ZipArchiveEntry entry, ContentHandler handler) throws Exception {
        try (InputStream in = zip.getInputStream(entry)) {
            var reader = SecureXml.newReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        }
    }

    /** Title, subject, description, keywords, creators and user-defined fields of meta.xml. */
    private static void readMeta(ZipSecureFile zip, ZipArchiveEntry meta, ContentSink sink) {
        Location location = Location.of("document properties");
        int[] present = {0};
        try {
            parse(zip, meta, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private String name = "";

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    text.setLength(0);
                    name = local.equals("user-defined") ? OdfAttributes.value(atts, "name") : local;
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    String value = text.toString().strip();
                    text.setLength(0);
                    if (!value.isEmpty() && value.chars().anyMatch(Character::isLetter) && !local.equals("generator")) {
                        present[0]++;
                        sink.text(location.withDetail(name), Visibility.METADATA, value);
                    }
                }
            });
        } catch (Exception e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of("meta.xml"), Failures.safeDetail(e)));
        }
        if (present[0] > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.DOCUMENT_PROPERTIES, location, present[0]));
        }
    }

    /**
     * Embedded objects: sub-documents ({@code Object 1/content.xml}, a chart or a sheet) are read
     * as text; binary objects (OLE objects, embedded files) are handed to the sink to be inspected
     * by their own type.
     */
    private static void readObjects(ZipSecureFile zip, ContentSink sink, ExtractionContext context) throws Exception {
        List<ZipArchiveEntry> entries = new ArrayList<>(Collections.list(zip.getEntries()));
        for (ZipArchiveEntry entry : entries) {
            context.checkDeadline();
            String name = entry.getName();
            if (entry.isDirectory() || !isObject(name)) {
                continue;
            }
            Location location = Location.of(name);
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EMBEDDED_OBJECTS, location, 1));
            if (name.endsWith("/content.xml")) {
                String object = name.substring(0, name.length() - "/content.xml".length());
                OdfContentReader reader = new OdfContentReader(sink, context, new OdfStyles(),
                        OdfContentReader.Kind.SPREADSHEET, "embedded object '" + object + "'");
                try {
                    parse(zip, entry, reader);
                } catch (ExtractionContext.InspectionTimeout e) {
                    throw e;
                } catch (Exception e) {
                    sink.notInspected(new InspectionFailure(Failures.kindOf(e), location, Failures.safeDetail(e)));
                } finally {
                    sink.endTable();
                }
            } else {
                Path temp = Files.createTempFile("airlock-embedded-", ".bin");
                try {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    sink.embedded(name, temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

    /** Entries that are embedded objects rather than the document's own parts or pictures. */
    private static boolean isObject(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("object ") || lower.startsWith("objects/")) {
            return lower.endsWith("/content.xml") || !lower.contains("/");
        }
        return false;
    }
}
