package org.airlock.extract.slides;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.CellKind;
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
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.ZipGuard;
import org.airlock.extract.opc.OoxmlPackages;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFComment;
import org.apache.poi.xslf.usermodel.XSLFGroupShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * PowerPoint decks (pptx, pptm, ppsx) through POI's XSLF model: each slide's text shapes paragraph
 * by paragraph, its tables as tables, its speaker notes and comments; hidden slides
 * ({@code show="0"}) and shapes whose anchor lies wholly outside the slide are reported as such.
 * Alt text ({@code p:cNvPr descr/title}) is read from the slide XML, where XSLF has no getter.
 * Embedded documents ({@code ppt/embeddings/*}) are inspected by their own type.
 */
public final class PptxExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipGuard.check(file, context.limits());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XMLSlideShow deck = new XMLSlideShow(pkg)) {
            Dimension page = deck.getPageSize();
            List<XSLFSlide> slides = deck.getSlides();
            for (int i = 0; i < slides.size(); i++) {
                context.checkDeadline();
                readSlide(slides.get(i), i + 1, page, sink, context);
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
            OoxmlPackages.readProperties(pkg, sink);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static void readSlide(XSLFSlide slide, int number, Dimension page, ContentSink sink, ExtractionContext context)
            throws Exception {
        String label = "slide " + number;
        Visibility base = Visibility.VISIBLE;
        if (slide.isHidden()) {
            base = Visibility.HIDDEN_SLIDE;
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_SLIDES, Location.of(label), 1));
        }
        int[] tables = {0};
        for (XSLFShape shape : slide.getShapes()) {
            Visibility visibility = base;
            Rectangle2D anchor = anchor(shape);
            if (anchor != null && offPage(anchor, page)) {
                visibility = Visibility.OFF_SLIDE;
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.OFF_SLIDE_OBJECTS, shapeLocation(label, shape), 1));
            }
            readShape(shape, label, visibility, sink, tables, context);
        }
        XSLFNotes notes = slide.getNotes();
        if (notes != null) {
            boolean any = false;
            for (XSLFShape shape : notes.getShapes()) {
                if (shape instanceof XSLFTextShape text && isNotesBody(text)) {
                    any |= paragraphs(text, new Location("", label, "", "speaker notes"), Visibility.SPEAKER_NOTES, sink);
                }
            }
            if (any) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.SPEAKER_NOTES, Location.of(label), 1));
            }
        }
        List<XSLFComment> comments = slide.getComments();
        for (XSLFComment comment : comments) {
            String author = comment.getAuthor() == null || comment.getAuthor().isBlank() ? "comment" : "comment by " + comment.getAuthor();
            if (comment.getText() != null && !comment.getText().isBlank()) {
                sink.text(new Location("", label, "", author), Visibility.REVIEW_COMMENT, comment.getText());
            }
        }
        if (!comments.isEmpty()) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.COMMENTS, Location.of(label), comments.size()));
        }
        readAltText(slide.getPackagePart(), label, sink);
    }

    private static void readShape(XSLFShape shape, String slide, Visibility visibility, ContentSink sink, int[] tables,
                                  ExtractionContext context) {
        context.checkDeadline();
        if (shape instanceof XSLFGroupShape group) {
            // Children's anchors are in the group's own coordinates: the group's placement decides.
            for (XSLFShape child : group.getShapes()) {
                readShape(child, slide, visibility, sink, tables, context);
            }
        } else if (shape instanceof XSLFTable table) {
            tables[0]++;
            sink.startTable(new TableSource(Location.of(slide + " › table " + tables[0]), visibility, TableSource.CellReferences.A1));
            List<XSLFTableRow> rows = table.getRows();
            for (int r = 0; r < rows.size(); r++) {
                List<TableCell> cells = new ArrayList<>();
                List<XSLFTableCell> rowCells = rows.get(r).getCells();
                for (int c = 0; c < rowCells.size(); c++) {
                    String text = rowCells.get(c).getText();
                    if (text != null && !text.isBlank()) {
                        cells.add(new TableCell(c, text.strip(), CellKind.TEXT, visibility));
                    }
                }
                if (!cells.isEmpty()) {
                    sink.row(r, cells);
                }
            }
            sink.endTable();
        } else if (shape instanceof XSLFTextShape text) {
            paragraphs(text, shapeLocation(slide, shape), visibility, sink);
        }
    }

    /** Each paragraph of a text shape as one text; true when any had text. */
    private static boolean paragraphs(XSLFTextShape shape, Location location, Visibility visibility, ContentSink sink) {
        boolean any = false;
        for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
            String text = paragraph.getText();
            if (text != null && !text.isBlank()) {
                any = true;
                sink.text(location, visibility, text);
            }
        }
        return any;
    }

    private static boolean isNotesBody(XSLFTextShape shape) {
        Placeholder placeholder = shape.getTextType();
        return placeholder == null || placeholder == Placeholder.BODY || placeholder == Placeholder.CONTENT;
    }

    private static Location shapeLocation(String slide, XSLFShape shape) {
        String name = shape.getShapeName();
        return new Location("", slide, "", name == null || name.isBlank() ? "" : "shape '" + name + "'");
    }

    private static Rectangle2D anchor(XSLFShape shape) {
        try {
            return shape.getAnchor();
        } catch (RuntimeException e) {
            return null; // a shape without a transform is placed by its layout
        }
    }

    /** Wholly outside the slide: beyond its right or bottom edge, or before its left or top edge. */
    static boolean offPage(Rectangle2D anchor, Dimension page) {
        return anchor.getX() >= page.getWidth() || anchor.getY() >= page.getHeight()
                || anchor.getMaxX() <= 0 || anchor.getMaxY() <= 0;
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
