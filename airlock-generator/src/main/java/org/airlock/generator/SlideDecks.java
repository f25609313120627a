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
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * PowerPoint decks (pptx) presenting quarterly figures, written with POI's XSLF, with detainees
 * left where decks hide things, and a clean twin. The people come from {@link PeopleGenerator}.
 */
public final class SlideDecks {

    /** Where the detainees are left. */
    public enum Hiding {
        /** Nowhere: the clean deck. */
        NONE,
        /** The speaker notes of the first slide. */
        SPEAKER_NOTES,
        /** A third slide marked hidden ({@code show="0"}). */
        HIDDEN_SLIDE,
        /** A text box placed right of the 960-point-wide slide. */
        OFF_SLIDE,
        /** A visible table on a slide, one row per person. */
        TABLE,
        /** An ICE-shaped workbook embedded as {@code ppt/embeddings/Microsoft_Excel_Worksheet.xlsx}. */
        EMBEDDED_WORKBOOK
    }

    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Dimension PAGE = new Dimension(960, 540);

    private SlideDecks() {
    }

    public static Path deck(Path out, Hiding hiding, int persons, long seed) {
        List<Person> people = WordDocuments.latinPeople(persons, seed);
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(PAGE);
            XSLFSlide title = deck.createSlide();
            box(title, new Rectangle2D.Double(60, 60, 840, 80), List.of("Quarterly statistics"));
            XSLFSlide figures = deck.createSlide();
            box(figures, new Rectangle2D.Double(60, 160, 840, 200), List.of("Case processing times fell in every region.",
                    "The Minister for Home Affairs, Helena Marsh, welcomed the figures."));
            List<String> leaks = people.stream().map(p -> WordDocuments.sentence(List.of(p))).toList();
            switch (hiding) {
                case SPEAKER_NOTES -> {
                    XSLFNotes notes = deck.getNotesSlide(title);
                    for (XSLFTextShape shape : notes.getPlaceholders()) {
                        if (shape.getTextType() == Placeholder.BODY) {
                            shape.clearText();
                            leaks.forEach(l -> shape.addNewTextParagraph().addNewTextRun().setText(l));
                        }
                    }
                }
                case HIDDEN_SLIDE -> {
                    XSLFSlide backup = deck.createSlide();
                    backup.setHidden(true);
                    box(backup, new Rectangle2D.Double(60, 60, 840, 400), leaks);
                }
                case OFF_SLIDE -> box(title, new Rectangle2D.Double(1000, 60, 600, 300), leaks);
                case TABLE -> table(figures, people);
                case EMBEDDED_WORKBOOK -> embedWorkbook(deck, figures, Math.max(persons, 1), seed);
                default -> { }
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(out)) {
                deck.write(file);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void box(XSLFSlide slide, Rectangle2D anchor, List<String> paragraphs) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        paragraphs.forEach(p -> box.addNewTextParagraph().addNewTextRun().setText(p));
    }

    private static void table(XSLFSlide slide, List<Person> people) {
        XSLFTable table = slide.createTable();
        table.setAnchor(new Rectangle2D.Double(40, 300, 880, 200));
        row(table, "Name", "Date of birth", "Country of citizenship", "A-Number");
        for (Person p : people) {
            row(table, p.familyName() + ", " + p.givenName(), DOB.format(p.dateOfBirth()), p.countryOfCitizenship(), p.aNumber());
        }
    }

    private static void row(XSLFTable table, String... values) {
        XSLFTableRow row = table.addRow();
        for (String value : values) {
            row.addCell().setText(value);
        }
    }

    private static void embedWorkbook(XMLSlideShow deck, XSLFSlide slide, int persons, long seed)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        PackagePartName name = PackagingURIHelper.createPartName("/ppt/embeddings/Microsoft_Excel_Worksheet.xlsx");
        PackagePart part = deck.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (OutputStream out = part.getOutputStream()) {
            out.write(WordDocuments.iceWorkbook(persons, seed));
        }
        slide.getPackagePart().addRelationship(name, TargetMode.INTERNAL, POIXMLDocument.PACK_OBJECT_REL_TYPE);
    }
}
