package org.airlock.extract.word;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.airlock.extract.opc.OoxmlPackages;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.InputSource;

/**
 * Word documents (docx, docm, dotx). POI opens the package (with its zip-bomb checks) and finds the
 * parts by content type; each WordprocessingML part is then read by {@link WordPartReader}: the
 * body, headers and footers, footnotes and endnotes, comments. Document properties and embedded
 * documents ({@code word/embeddings/*}, inspected by their own type) follow.
 */
public final class DocxExtractor implements Extractor {

    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String MACRO_WML = "application/vnd.ms-word.";

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipGuard.check(file, context.limits());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            List<PackagePart> parts = new ArrayList<>(pkg.getParts());
            Set<String> hiddenStyles = Set.of();
            for (PackagePart part : parts) {
                if (part.getContentType().equals(WML + "styles+xml")) {
                    try (InputStream in = part.getInputStream()) {
                        hiddenStyles = HiddenStyles.read(in);
                    }
                }
            }
            boolean body = false;
            for (PackagePart part : parts) {
                context.checkDeadline();
                String type = part.getContentType();
                String name = part.getPartName().getName().substring(1);
                Role role = Role.of(type);
                if (role != null) {
                    body |= role == Role.BODY;
                    read(part, role, name, hiddenStyles, sink, context);
                } else if (OoxmlPackages.isEmbedded(part)) {
                    OoxmlPackages.embedded(part, sink);
                } else if (type.equals("application/vnd.ms-office.vbaProject")) {
                    sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.MACROS, Location.of(name), 1));
                    sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of(name), "macros"));
                }
            }
            if (!body) {
                throw new InspectionException(FailureKind.CORRUPT, "no document body");
            }
            OoxmlPackages.readChartsAndCustomXml(pkg, sink, context);
            OoxmlPackages.readProperties(pkg, sink);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static void read(PackagePart part, Role role, String name, Set<String> hiddenStyles, ContentSink sink,
                             ExtractionContext context) throws Exception {
        String label = role.label(name);
        WordPartReader reader = new WordPartReader(sink, context, label, role.visibility, hiddenStyles);
        try (InputStream in = part.getInputStream()) {
            var xml = SecureXml.newReader();
            xml.setContentHandler(reader);
            xml.parse(new InputSource(in));
        } catch (ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            if (role == Role.BODY) {
                throw e;
            }
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(label), Failures.safeDetail(e)));
            return;
        } finally {
            sink.endTable();
        }
        reader.reportInventory();
        if (role == Role.HEADER_FOOTER) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HEADERS_FOOTERS, Location.of(label), 1));
        }
    }

    /** The WordprocessingML parts read, by content type. */
    private enum Role {
        BODY(Visibility.VISIBLE),
        HEADER_FOOTER(Visibility.HEADER_FOOTER),
        NOTES(Visibility.FOOTNOTE),
        COMMENTS(Visibility.REVIEW_COMMENT);

        final Visibility visibility;

        Role(Visibility visibility) {
            this.visibility = visibility;
        }

        static Role of(String contentType) {
            String type = contentType.startsWith(WML) ? contentType.substring(WML.length())
                    : contentType.startsWith(MACRO_WML) ? contentType.substring(MACRO_WML.length()) : "";
            if (type.endsWith(".main+xml")) {
                return type.startsWith("document") || type.startsWith("template") ? BODY : null;
            }
            return switch (type) {
                case "header+xml", "footer+xml" -> HEADER_FOOTER;
                case "footnotes+xml", "endnotes+xml" -> NOTES;
                case "comments+xml" -> COMMENTS;
                default -> null;
            };
        }

        String label(String partName) {
            return switch (this) {
                case BODY -> "document body";
                case HEADER_FOOTER -> (partName.contains("header") ? "header" : "footer") + " (" + partName + ")";
                case NOTES -> partName.contains("endnotes") ? "endnotes" : "footnotes";
                case COMMENTS -> "comments";
            };
        }
    }
}
