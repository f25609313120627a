package org.airlock.generator;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.SlideShow;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextBox;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Slide decks presenting quarterly figures, written with POI (XSLF for pptx, HSLF for ppt), with
 * detainees left where decks hide things, and a clean twin. The people come from
 * {@link PeopleGenerator}.
 */
public final class SlideDecks {

    /** Where the detainees are left. */
    public enum Hiding {
        /** Nowhere: the clean deck. */
        NONE,
        /** The speaker notes of the first slide (pptx only: HSLF cannot create notes). */
        SPEAKER_NOTES,
        /** A third slide marked hidden. */
        HIDDEN_SLIDE,
        /** A text box placed right of the 960-point-wide slide. */
        OFF_SLIDE,
        /** A visible table on the second slide, one row per person. */
        TABLE,
        /** Comments on the second slide by "J. Analyst" (pptx only). */
        COMMENT,
        /** An ICE-shaped workbook embedded as {@code ppt/embeddings/Microsoft_Excel_Worksheet.xlsx} (pptx only). */
        EMBEDDED_WORKBOOK
    }

    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Dimension PAGE = new Dimension(960, 540);

    private SlideDecks() {
    }

    /** A PowerPoint 2007+ deck (pptx). */
    public static Path deck(Path out, Hiding hiding, int persons, long seed) {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            List<String> leaks = fill(deck, hiding, persons, seed);
            XSLFSlide title = deck.getSlides().get(0);
            if (hiding == Hiding.SPEAKER_NOTES) {
                XSLFNotes notes = deck.getNotesSlide(title);
                for (XSLFTextShape shape : notes.getPlaceholders()) {
                    if (shape.getTextType() == Placeholder.BODY) {
                        shape.clearText();
                        leaks.forEach(l -> shape.addNewTextParagraph().addNewTextRun().setText(l));
                    }
                }
            } else if (hiding == Hiding.EMBEDDED_WORKBOOK) {
                embedWorkbook(deck, deck.getSlides().get(1), Math.max(persons, 1), seed);
            } else if (hiding == Hiding.COMMENT) {
                comments(deck, deck.getSlides().get(1), leaks);
            }
            return save(deck, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PowerPoint 97-2003 deck (ppt); speaker notes and embedded workbooks are pptx only. */
    public static Path legacyDeck(Path out, Hiding hiding, int persons, long seed) {
        if (hiding == Hiding.SPEAKER_NOTES || hiding == Hiding.EMBEDDED_WORKBOOK || hiding == Hiding.COMMENT) {
            throw new IllegalArgumentException(hiding + " is not written for ppt");
        }
        try (HSLFSlideShow deck = new HSLFSlideShow()) {
            fill(deck, hiding, persons, seed);
            return save(deck, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title and figures slides, and the detainees where {@code hiding} says; returns one sentence per person. */
    private static List<String> fill(SlideShow<?, ?> deck, Hiding hiding, int persons, long seed) throws IOException {
        List<Person> people = WordDocuments.latinPeople(persons, seed);
        List<String> leaks = people.stream().map(p -> WordDocuments.sentence(List.of(p))).toList();
        deck.setPageSize(PAGE);
        Slide<?, ?> title = deck.createSlide();
        box(title, new Rectangle2D.Double(60, 60, 840, 80), List.of("Quarterly statistics"));
        Slide<?, ?> figures = deck.createSlide();
        box(figures, new Rectangle2D.Double(60, 160, 840, 120), List.of("Case processing times fell in every region.",
                "The Minister for Home Affairs, Helena Marsh, welcomed the figures."));
        switch (hiding) {
            case HIDDEN_SLIDE -> {
                Slide<?, ?> backup = deck.createSlide();
                box(backup, new Rectangle2D.Double(60, 60, 840, 400), leaks);
                hide(backup);
            }
            case OFF_SLIDE -> box(title, new Rectangle2D.Double(1000, 60, 600, 300), leaks);
            case TABLE -> table(figures, people);
            default -> { }
        }
        return leaks;
    }

    private static void hide(Slide<?, ?> slide) {
        if (slide instanceof XSLFSlide x) {
            x.setHidden(true);
        } else if (slide instanceof org.apache.poi.hslf.usermodel.HSLFSlide h) {
            h.setHidden(true);
        }
    }

    private static void box(Slide<?, ?> slide, Rectangle2D anchor, List<String> paragraphs) {
        TextBox<?, ?> box = slide.createTextBox();
        box.setAnchor(anchor);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == 0) {
                box.setText(paragraphs.get(0));
            } else {
                box.appendText(paragraphs.get(i), true);
            }
        }
    }

    private static void table(Slide<?, ?> slide, List<Person> people) {
        TableShape<?, ?> table = slide.createTable(people.size() + 1, 4);
        table.setAnchor(new Rectangle2D.Double(40, 300, 880, 20.0 * (people.size() + 1)));
        cells(table, 0, "Name", "Date of birth", "Country of citizenship", "A-Number");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            cells(table, i + 1, p.familyName() + ", " + p.givenName(), DOB.format(p.dateOfBirth()), p.countryOfCitizenship(), p.aNumber());
        }
    }

    private static void cells(TableShape<?, ?> table, int row, String... values) {
        for (int c = 0; c < values.length; c++) {
            table.getCell(row, c).setText(values[c]);
        }
    }

    private static void embedWorkbook(XMLSlideShow deck, XSLFSlide slide, int persons, long seed)
            throws IOException, InvalidFormatException {
        PackagePartName name = PackagingURIHelper.createPartName("/ppt/embeddings/Microsoft_Excel_Worksheet.xlsx");
        PackagePart part = deck.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = part.getOutputStream()) {
            out.write(WordDocuments.iceWorkbook(persons, seed));
        }
        slide.getPackagePart().addRelationship(name, TargetMode.INTERNAL, POIXMLDocument.PACK_OBJECT_REL_TYPE);
    }

    /**
     * Legacy slide comments: a comment-authors part on the presentation and a comments part on the
     * slide, written as XML because XSLF reads comments but cannot create them.
     */
    private static void comments(XMLSlideShow deck, XSLFSlide slide, List<String> texts) throws IOException, InvalidFormatException {
        String ns = "http://schemas.openxmlformats.org/presentationml/2006/main";
        String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String types = "application/vnd.openxmlformats-officedocument.presentationml.";
        PackagePartName authorsName = PackagingURIHelper.createPartName("/ppt/commentAuthors.xml");
        PackagePart authors = deck.getPackage().createPart(authorsName, types + "commentAuthors+xml");
        try (OutputStream out = authors.getOutputStream()) {
            out.write(("<p:cmAuthorLst xmlns:p=\"" + ns + "\"><p:cmAuthor id=\"0\" name=\"J. Analyst\" initials=\"JA\" lastIdx=\""
                    + texts.size() + "\" clrIdx=\"0\"/></p:cmAuthorLst>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        deck.getPackagePart().addRelationship(authorsName, TargetMode.INTERNAL, rels + "commentAuthors");
        PackagePartName commentsName = PackagingURIHelper.createPartName("/ppt/comments/comment1.xml");
        PackagePart comments = deck.getPackage().createPart(commentsName, types + "comments+xml");
        StringBuilder xml = new StringBuilder("<p:cmLst xmlns:p=\"" + ns + "\">");
        for (int i = 0; i < texts.size(); i++) {
            xml.append("<p:cm authorId=\"0\" dt=\"2024-05-02T10:00:00.000\" idx=\"").append(i + 1)
                    .append("\"><p:pos x=\"10\" y=\"10\"/><p:text>").append(OfficeZip.escape(texts.get(i))).append("</p:text></p:cm>");
        }
        try (OutputStream out = comments.getOutputStream()) {
            out.write(xml.append("</p:cmLst>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        slide.getPackagePart().addRelationship(commentsName, TargetMode.INTERNAL, rels + "comments");
    }

    private static Path save(SlideShow<?, ?> deck, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out)) {
            deck.write(file);
        }
        return out;
    }
}
