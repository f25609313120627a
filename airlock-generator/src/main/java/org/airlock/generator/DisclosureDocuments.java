package org.airlock.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files for the risk model (docs/risk.md): press releases that name officials, with and without
 * a detainee; a press-office contacts table; a workbook with French headers; documents carrying a
 * sensitivity label and no personal data; count tables with and without small cells.
 */
final class DisclosureDocuments {

    /** Where the small cell of {@link #countTable} sits: sheet "By facility", Eritrea (row 6) at Harbourside (column C). */
    static final String SMALL_CELL = "By facility!C6";

    private static final List<String> RELEASE = List.of(
            "Oversight committee report on immigration detention published",
            "The Minister for Borders and Asylum, Helena Marsh, today welcomed the report of the Home Affairs Committee"
                    + " on conditions in immigration detention.",
            "The Chair of the Home Affairs Committee, Peter Lindqvist, said the committee would return to the subject"
                    + " in the spring and thanked the staff of every centre for their cooperation.",
            "The report finds that average stays have fallen for the third year running, that complaints were answered"
                    + " faster than in any year since records began, and that healthcare staffing has improved at four of"
                    + " the six centres inspected.");
    private static final String DETAINEE = "It also describes the case of the detainee, Karim Rahimi, born 12 March 1987,"
            + " who was held for eleven months before his release.";
    private static final List<String> CLOSING = List.of(
            "The department will publish its formal response within two months, as the committee's rules require, and"
                    + " will set out the progress made against each of the recommendations.",
            "A spokesperson for the department, Daniel Okafor, said the recommendations would be studied carefully.");

    private DisclosureDocuments() {
    }

    /** A press release naming a minister, a committee chair and a spokesperson, optionally one detainee too. */
    static Path pressRelease(Path out, boolean withDetainee) {
        try (XWPFDocument doc = new XWPFDocument()) {
            RELEASE.forEach(text -> doc.createParagraph().createRun().setText(text));
            if (withDetainee) {
                doc.createParagraph().createRun().setText(DETAINEE);
            }
            CLOSING.forEach(text -> doc.createParagraph().createRun().setText(text));
            return write(doc::write, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sheet "Press office" listing four press officers with role, work e-mail and work phone. */
    static Path pressOfficeContacts(Path out) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Press office"), "dd/mm/yyyy");
        writer.header("Name", "Role", "Email", "Phone");
        writer.row("Daniel Okafor", "Head of news", "daniel.okafor@press.example.gov.uk", "020 7946 0101");
        writer.row("Sarah Whitfield", "Senior press officer", "sarah.whitfield@press.example.gov.uk", "020 7946 0102");
        writer.row("Tomasz Nowak", "Press officer", "tomasz.nowak@press.example.gov.uk", "020 7946 0103");
        writer.row("Aisha Bello", "Digital press officer", "aisha.bello@press.example.gov.uk", "020 7946 0104");
        writer.widen(4, 30);
        return WorkbookFile.save(workbook, out);
    }

    /** Sheet "Personnes" with the headers Nom, Prénom, Date de naissance, Nationalité and {@code persons} rows. */
    static Path frenchHeaders(Path out, int persons, long seed) {
        Random random = new Random(seed);
        Faker faker = new Faker(Locale.FRANCE, random);
        List<String> nationalities = List.of("Française", "Iranienne", "Russe", "Chinoise", "Afghane", "Érythréenne");
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Personnes"), "dd/mm/yyyy");
        writer.header("Nom", "Prénom", "Date de naissance", "Nationalité");
        for (int i = 0; i < persons; i++) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
            writer.row(faker.name().lastName().toUpperCase(Locale.FRANCE), faker.name().firstName(), birth,
                    nationalities.get(random.nextInt(nationalities.size())));
        }
        writer.widen(4, 20);
        return WorkbookFile.save(workbook, out);
    }

    /**
     * Sheet "By facility": book-ins in March 2024 by nationality (rows) and facility (columns),
     * with totals. With {@code smallCell}, Eritrea at Harbourside counts 1 ({@value #SMALL_CELL});
     * otherwise every cell counts 10 or more.
     */
    static Path countTable(Path out, boolean smallCell, long seed) {
        Random random = new Random(seed);
        String[] facilities = {"Northgate", "Harbourside", "Eastfield", "Millbrook"};
        String[] nationalities = {"Afghanistan", "Albania", "China", "Eritrea", "Iran", "Russia"};
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("By facility"), "dd/mm/yyyy");
        writer.header("Book-ins by nationality and facility, March 2024");
        Object[] header = new Object[facilities.length + 2];
        header[0] = "Nationality";
        System.arraycopy(facilities, 0, header, 1, facilities.length);
        header[facilities.length + 1] = "Total";
        writer.header(java.util.Arrays.copyOf(header, header.length, String[].class));
        long[] columnTotals = new long[facilities.length + 1];
        for (String nationality : nationalities) {
            Object[] row = new Object[facilities.length + 2];
            row[0] = nationality;
            long total = 0;
            for (int f = 0; f < facilities.length; f++) {
                long count = 10 + random.nextInt(70);
                if (smallCell && nationality.equals("Eritrea") && facilities[f].equals("Harbourside")) {
                    count = 1;
                }
                row[f + 1] = count;
                total += count;
                columnTotals[f] += count;
            }
            row[facilities.length + 1] = total;
            columnTotals[facilities.length] += total;
            writer.row(row);
        }
        Object[] totals = new Object[facilities.length + 2];
        totals[0] = "Total";
        for (int i = 0; i < columnTotals.length; i++) {
            totals[i + 1] = columnTotals[i];
        }
        writer.row(totals);
        writer.widen(6, 16);
        return WorkbookFile.save(workbook, out);
    }

    /** Which way a label is written into a file. */
    enum LabelStyle {
        /** The MSIP_Label_* custom properties. */
        PROPERTIES,
        /** Both the custom properties and LabelInfo.xml, as current Office writes them. */
        BOTH,
        /** LabelInfo.xml only: the label id, no name. */
        LABEL_INFO
    }

    /** A workbook of counts per region, no people, labelled with the named label. */
    static Path labelledWorkbook(Path out, String labelId, String labelName, LabelStyle style) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetWriter writer = new SheetWriter(workbook.createSheet("Summary"), "dd/mm/yyyy");
        writer.header("Region", "Cases opened", "Cases closed");
        writer.row("North", 412L, 398L);
        writer.row("South", 377L, 365L);
        writer.row("East", 254L, 260L);
        writer.row("West", 301L, 287L);
        label(workbook, labelId, labelName, style);
        return WorkbookFile.save(workbook, out);
    }

    /** A short note on quarterly figures, no people, labelled. */
    static Path labelledDocument(Path out, String labelId, String labelName, LabelStyle style) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Quarterly figures: draft for the board");
            doc.createParagraph().createRun().setText("Case processing times fell by four per cent in the quarter;"
                    + " the backlog is at its lowest level for two years.");
            label(doc, labelId, labelName, style);
            return write(doc::write, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two slides of quarterly figures, no people, labelled. */
    static Path labelledDeck(Path out, String labelId, String labelName, LabelStyle style) {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            for (String text : List.of("Quarterly figures: draft for the board", "Backlog at its lowest for two years")) {
                XSLFTextBox box = deck.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(50, 50, 600, 100));
                box.setText(text);
            }
            label(deck, labelId, labelName, style);
            return write(deck::write, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A legacy .xls of counts per region labelled through OLE2 custom properties (HPSF). */
    static Path labelledLegacyWorkbook(Path out, String labelId, String labelName) {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            SheetWriter writer = new SheetWriter(workbook.createSheet("Summary"), "dd/mm/yyyy");
            writer.header("Region", "Cases opened", "Cases closed");
            writer.row("North", 412L, 398L);
            writer.row("South", 377L, 365L);
            workbook.createInformationProperties();
            org.apache.poi.hpsf.CustomProperties custom = new org.apache.poi.hpsf.CustomProperties();
            SensitivityLabels.properties(labelId, labelName).forEach(custom::put);
            workbook.getDocumentSummaryInformation().setCustomProperties(custom);
            return write(workbook::write, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF of figures whose document information keeps the label Office saved with it. */
    static Path labelledPdf(Path out, String labelId, String labelName) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Quarterly figures: the backlog is at its lowest level for two years.");
                content.endText();
            }
            var information = pdf.getDocumentInformation();
            information.setTitle("Quarterly figures");
            SensitivityLabels.properties(labelId, labelName).forEach(information::setCustomMetadataValue);
            return write(pdf::save, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A note with no people whose page header is the banner OFFICIAL-SENSITIVE. */
    static Path markedDocument(Path out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("OFFICIAL-SENSITIVE");
            doc.createParagraph().createRun().setText("Quarterly figures: draft for the board");
            doc.createParagraph().createRun().setText("The backlog is at its lowest level for two years.");
            return write(doc::write, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void label(org.apache.poi.ooxml.POIXMLDocument document, String id, String name, LabelStyle style) {
        if (style != LabelStyle.LABEL_INFO) {
            SensitivityLabels.customProperties(document, id, name);
        }
        if (style != LabelStyle.PROPERTIES) {
            SensitivityLabels.labelInfoPart(document, id);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Path write(Writing writing, Path out) throws IOException {
        WorkbookFile.createParent(out);
        try (OutputStream stream = Files.newOutputStream(out)) {
            writing.to(stream);
        }
        return out;
    }
}
