package org.airlock.extract.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * PowerPoint decks (pptx, pptm, ppsx) through POI's XSLF model, each slide read by
 * {@link SlideReader}: text, tables, speaker notes, comments, hidden slides ({@code show="0"}) and
 * shapes placed outside the slide.
 * Alt text ({@code p:cNvPr descr/title}) is read from the slide XML, where XSLF has no getter.
 * Embedded documents ({@code ppt/embeddings/*}) are inspected by their own type.
 */
public final class PptxExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipGuard.check(file, context.limits());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XMLSlideShow deck = new XMLSlideShow(pkg)) {
            SlideReader reader = new SlideReader(sink, context, deck.getPageSize());
            List<XSLFSlide> slides = deck.getSlides();
            for (int i = 0; i < slides.size(); i++) {
                reader.read(slides.get(i), "slide " + (i + 1));
                readAltText(slides.get(i).getPackagePart(), "slide " + (i + 1), sink);
            }
            for (PackagePart part : new ArrayList<>(pkg.getParts())) {
                String name = part.getPartName().getName();
                if (OoxmlPackages.isEmbedded(part)) {
                    OoxmlPackages.embedded(part, sink);
                } else if (name.contains("/comments/modernComment")) {
                    readModernComments(part, sink);
                } else if (part.getContentType().equals("application/vnd.ms-office.vbaProject")) {
                    sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.MACROS, Location.of(name.substring(1)), 1));
                    sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of(name.substring(1)), "macros"));
                }
            }
            OoxmlPackages.readChartsAndCustomXml(pkg, sink, context);
            OoxmlPackages.readProperties(pkg, sink);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    /** Alt text and titles of pictures and shapes ({@code cNvPr descr/title}). */
    private static void readAltText(PackagePart part, String slide, ContentSink sink) {
        int[] count = {0};
        try (InputStream in = part.getInputStream()) {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if (local.equals("cNvPr")) {
                        String name = atts.getValue("name");
                        for (String attribute : new String[] {"descr", "title"}) {
                            String value = atts.getValue(attribute);
                            if (value != null && !value.isBlank()) {
                                count[0]++;
                                sink.text(new Location("", slide, "", name == null ? "alt text" : "alt text of '" + name + "'"),
                                        Visibility.ALT_TEXT, value);
                            }
                        }
                    }
                }
            });
            reader.parse(new InputSource(in));
        } catch (Exception e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(slide), Failures.safeDetail(e)));
        }
        if (count[0] > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.ALT_TEXT, Location.of(slide), count[0]));
        }
    }

    /** PowerPoint 365's threaded comments, which XSLF does not read: their text, element by element. */
    private static void readModernComments(PackagePart part, ContentSink sink) {
        String name = part.getPartName().getName().substring(1);
        Location location = Location.of(name).withDetail("comments");
        StringBuilder text = new StringBuilder();
        try (InputStream in = part.getInputStream()) {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void characters(char[] ch, int start, int length) {
                    text.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    text.append('\n');
                }
            });
            reader.parse(new InputSource(in));
        } catch (Exception e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(name), Failures.safeDetail(e)));
            return;
        }
        if (!text.toString().isBlank()) {
            sink.text(location, Visibility.REVIEW_COMMENT, text.toString().strip());
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.COMMENTS, Location.of(name), 1));
        }
    }
}
