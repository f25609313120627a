package org.airlock.extract.opc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.MsipLabels;
import org.airlock.extract.SecureXml;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.xlsx.ChartCacheReader;
import org.airlock.extract.xlsx.PartText;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every Office Open XML document (Word, PowerPoint) carries besides its content: document
 * properties, extended and custom properties, and embedded documents. Shared by the Word and the
 * slide extractors.
 */
public final class OoxmlPackages {

    private OoxmlPackages() {
    }

    /** Whether a part is an embedded document or object ({@code word/embeddings/...}, {@code ppt/embeddings/...}). */
    public static boolean isEmbedded(PackagePart part) {
        return part.getPartName().getName().contains("/embeddings/");
    }

    /** Whether a part holds extended ({@code app.xml}) or custom ({@code custom.xml}) properties. */
    public static boolean isPropertiesPart(PackagePart part) {
        String type = part.getContentType();
        return type.endsWith("extended-properties+xml") || type.endsWith("custom-properties+xml");
    }

    /** Core properties (author, title...) through POI's typed getters, then extended and custom properties. */
    public static void readProperties(OPCPackage pkg, ContentSink sink) throws Exception {
        var properties = pkg.getPackageProperties();
        Location location = Location.of("document properties");
        int present = 0;
        String[][] values = {
            {"creator", properties.getCreatorProperty().orElse(null)},
            {"last modified by", properties.getLastModifiedByProperty().orElse(null)},
            {"title", properties.getTitleProperty().orElse(null)},
            {"subject", properties.getSubjectProperty().orElse(null)},
            {"description", properties.getDescriptionProperty().orElse(null)},
            {"keywords", properties.getKeywordsProperty().orElse(null)},
            {"category", properties.getCategoryProperty().orElse(null)},
        };
        for (String[] property : values) {
            if (property[1] != null && !property[1].isBlank()) {
                present++;
                sink.text(location.withDetail(property[0]), Visibility.METADATA, property[1]);
            }
        }
        for (PackagePart part : pkg.getParts()) {
            if (isPropertiesPart(part)) {
                present += readPropertiesPart(part, location, sink);
            } else if (part.getPartName().getName().equalsIgnoreCase(MsipLabels.LABEL_INFO_PART)) {
                Location labelInfo = Location.of(MsipLabels.LABEL_INFO_PART.substring(1));
                try (InputStream in = part.getInputStream()) {
                    MsipLabels.readLabelInfo(in, labelInfo, sink);
                } catch (Exception e) {
                    sink.notInspected(new InspectionFailure(Failures.kindOf(e), labelInfo, Failures.safeDetail(e)));
                }
            }
        }
        if (present > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.DOCUMENT_PROPERTIES, location, present));
        }
    }

    /** Extended properties name the company and manager; custom properties hold anything. Each value is one text. */
    private static int readPropertiesPart(PackagePart part, Location location, ContentSink sink) {
        int[] count = {0};
        MsipLabels labels = new MsipLabels();
        try (InputStream in = part.getInputStream()) {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private String name = "";

                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    text.setLength(0);
                    if (local.equals("property") && atts.getValue("name") != null) {
                        name = atts.getValue("name");
                    } else if (!local.equals("Properties") && !uri.contains("docPropsVTypes")) {
                        name = local;
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    String value = text.toString().strip();
                    text.setLength(0);
                    if (MsipLabels.isLabelProperty(name)) {
                        labels.property(name, value); // label metadata (GUIDs, dates): read as a label, not as text
                        return;
                    }
                    // Statistics (pages, words) and application names are routine: only words are scanned.
                    if (!value.isEmpty() && value.chars().anyMatch(Character::isLetter) && !name.equals("Application")
                            && !name.equals("AppVersion") && !name.equals("Template") && !name.equals("DocSecurity")) {
                        count[0]++;
                        sink.text(location.withDetail(name), Visibility.METADATA, value);
                    }
                }
            });
            reader.parse(new InputSource(in));
            labels.report(Location.of(part.getPartName().getName().substring(1)), sink);
        } catch (Exception e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(part.getPartName().getName().substring(1)),
                    Failures.safeDetail(e)));
        }
        return count[0];
    }

    /** The content type of DrawingML charts, the same in Word, PowerPoint and Excel files. */
    public static final String CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

    /**
     * Whether a part is one this class reads: a chart or a custom XML data part. (Word and
     * PowerPoint extractors read their own content parts.)
     */
    public static boolean isChartOrCustomXml(PackagePart part) {
        return part.getContentType().equals(CHART) || isCustomXml(part);
    }

    private static boolean isCustomXml(PackagePart part) {
        String name = part.getPartName().getName();
        return name.startsWith("/customXml/item") && !name.contains("itemProps") && !part.isRelationshipPart();
    }

    /**
     * Charts keep the values of their source range ({@code c:strCache}, {@code c:numCache}) even
     * when the embedded workbook is gone: read as a table per chart. Custom XML parts (data bound
     * to content controls) are read as text.
     */
    public static void readChartsAndCustomXml(OPCPackage pkg, ContentSink sink, ExtractionContext context)
            throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            if (!isChartOrCustomXml(part)) {
                continue;
            }
            context.checkDeadline();
            String name = part.getPartName().getName().substring(1);
            if (part.getContentType().equals(CHART)) {
                Location location = Location.of("chart cache " + name);
                sink.startTable(new TableSource(location, Visibility.CHART_CACHE,
                        TableSource.CellReferences.RECORDS));
                try (InputStream in = part.getInputStream()) {
                    long points = ChartCacheReader.read(in, sink);
                    if (points > 0) {
                        sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.CHART_CACHE, location, points));
                    }
                } catch (Exception e) {
                    sink.notInspected(new InspectionFailure(Failures.kindOf(e), location, Failures.safeDetail(e)));
                } finally {
                    sink.endTable();
                }
            } else {
                Location location = Location.of("custom XML " + name);
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.CUSTOM_XML, Location.of(name), 1));
                try (InputStream in = part.getInputStream()) {
                    PartText.read(in, text -> sink.text(location, Visibility.METADATA, text));
                } catch (Exception e) {
                    sink.notInspected(new InspectionFailure(Failures.kindOf(e), location, Failures.safeDetail(e)));
                }
            }
        }
    }

    /** Copies an embedded part to a temporary file and hands it to the sink, which inspects it by content. */
    public static void embedded(PackagePart part, ContentSink sink) throws IOException {
        String name = part.getPartName().getName();
        Path temp = Files.createTempFile("airlock-embedded-", ".bin");
        try {
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EMBEDDED_OBJECTS, Location.of(name.substring(1)), 1));
            sink.embedded(name.substring(1), temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
