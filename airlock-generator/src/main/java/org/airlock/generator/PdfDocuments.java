package org.airlock.generator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;

/**
 * PDF fixtures: one for each place a PDF hides text from its reader, each with fictional
 * detainees written the way case notes name people ("Detainee Maria LOPEZ, DOB 03/12/1985,
 * A-number A201234567, nationality GUATEMALA"), and a harmless twin with the same structure
 * (the same hiding place holding nothing personal, or a redaction that really removed the text).
 * Also the files a gate cannot read (encrypted, truncated, corrupt, scanned) and a long document
 * for benchmarks. Text uses the standard Helvetica font, so only people whose names it can
 * encode are written.
 */
public final class PdfDocuments {

    /** User password of {@link #encrypted}. */
    public static final String USER_PASSWORD = "airlock";
    /** Who wrote the sticky notes of {@link #annotations}. */
    public static final String NOTE_AUTHOR = "J. Analyst (ERO)";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final float LEFT = 72;
    private static final float TOP = 720;
    private static final float LINE = 14;
    private static final float SIZE = 9;
    private static final float BODY_WIDTH = 470;

    private static final List<String> PUBLIC_LINES = List.of(
            "U.S. Immigration and Customs Enforcement - Detention statistics, fiscal year 2022",
            "Press release, published by the Office of Public Affairs",
            "Director Helen MARSHALL presented the annual detention figures to the oversight committee.",
            "Average daily population: 24,312. Average length of stay: 38.4 days.",
            "Book-ins by region: Southwest 61 percent, Southeast 18 percent, other regions 21 percent.",
            "Deputy Director Samuel OKAFOR thanked the field offices for their work on the report.");

    private static final List<String> HARMLESS_HIDDEN = List.of(
            "Draft: figures to be confirmed by the statistics team before release.",
            "Layout note: keep the regional table on the first page.");

    private PdfDocuments() {
    }

    /** One person as a line of case notes. */
    public static String caseLine(Person person) {
        return "Detainee " + person.givenName() + " " + person.familyName().toUpperCase(Locale.ROOT)
                + ", DOB " + US_DATE.format(person.dateOfBirth()) + ", A-number " + person.aNumber()
                + ", nationality " + person.countryOfCitizenship();
    }

    /** People whose names the standard Helvetica font can write, in generator order. */
    public static List<Person> people(int count, long seed) {
        List<Person> people = new ArrayList<>();
        for (Person person : new PeopleGenerator(seed).people(count * 4 + 16)) {
            if (caseLine(person).chars().allMatch(c -> c >= 0x20 && c < 0x7f) && people.size() < count) {
                people.add(person);
            }
        }
        if (people.size() < count) {
            throw new IllegalStateException("too few people with Latin-1 names for " + count);
        }
        return people;
    }

    private static List<String> hiddenLines(int persons, boolean leak, long seed) {
        return leak ? people(persons, seed).stream().map(PdfDocuments::caseLine).toList() : HARMLESS_HIDDEN;
    }

    // ---------------------------------------------------------------- redaction

    /**
     * The Manafort filing: each person's line is written, then a black box is drawn over it. The
     * page looks redacted; the text is still there to copy.
     */
    public static Path failedRedaction(Path out, int persons, long seed) {
        return redaction(out, hiddenLines(persons, true, seed), true);
    }

    /**
     * The same failure with pictures: each person's line is covered by a black image drawn after
     * it (a "redaction" pasted on as a picture).
     */
    public static Path failedRedactionWithImages(Path out, int persons, long seed) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            BufferedImage black = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject box = LosslessFactory.createFromImage(doc, black);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = writeLines(content, PUBLIC_LINES, LEFT, TOP) - LINE;
                List<String> lines = hiddenLines(persons, true, seed);
                writeLines(content, lines, LEFT, y);
                for (int i = 0; i < lines.size(); i++) {
                    content.drawImage(box, LEFT - 2, y - i * LINE - 3, BODY_WIDTH, LINE - 2);
                }
            }
        });
    }

    /** The clean twin of {@link #failedRedaction}: the same boxes, but the text under them was removed. */
    public static Path redactedProperly(Path out, int persons, long seed) {
        return redaction(out, hiddenLines(persons, true, seed), false);
    }

    private static Path redaction(Path out, List<String> lines, boolean textLeftUnder) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = writeLines(content, PUBLIC_LINES, LEFT, TOP);
                y -= LINE;
                List<Float> boxes = new ArrayList<>();
                for (String line : lines) {
                    if (textLeftUnder) {
                        writeLines(content, List.of(line), LEFT, y);
                    }
                    boxes.add(y);
                    y -= LINE;
                }
                // The boxes come after all the text in the content stream, as a redaction drawn on top does.
                content.setNonStrokingColor(Color.BLACK);
                for (float boxY : boxes) {
                    content.addRect(LEFT - 2, boxY - 3, BODY_WIDTH, LINE - 2);
                }
                content.fill();
            }
        });
    }

    /**
     * Lines of people marked for redaction with annotations that do not remove anything: an
     * unapplied Redact annotation, a black-filled Square annotation and a black highlight, in turn.
     */
    public static Path redactionAnnotations(Path out, int persons, long seed) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            List<String> lines = hiddenLines(persons, true, seed);
            float y;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                y = writeLines(content, PUBLIC_LINES, LEFT, TOP) - LINE;
                writeLines(content, lines, LEFT, y);
            }
            PDColor black = new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE);
            for (int i = 0; i < lines.size(); i++) {
                PDRectangle rect = new PDRectangle(LEFT - 2, y - i * LINE - 3, BODY_WIDTH, LINE - 2);
                PDAnnotation mark = switch (i % 3) {
                    case 0 -> {
                        COSDictionary redact = new COSDictionary();
                        redact.setItem(COSName.TYPE, COSName.ANNOT);
                        redact.setName(COSName.SUBTYPE, "Redact");
                        yield PDAnnotation.createAnnotation(redact);
                    }
                    case 1 -> {
                        PDAnnotationSquare square = new PDAnnotationSquare();
                        square.setInteriorColor(black);
                        yield square;
                    }
                    default -> new PDAnnotationHighlight();
                };
                mark.setRectangle(rect);
                mark.setColor(black);
                if (mark instanceof PDAnnotationHighlight highlight) {
                    highlight.setQuadPoints(new float[] {rect.getLowerLeftX(), rect.getUpperRightY(), rect.getUpperRightX(),
                        rect.getUpperRightY(), rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getUpperRightX(), rect.getLowerLeftY()});
                }
                page.getAnnotations().add(mark);
            }
        });
    }

    // ---------------------------------------------------------------- text a reader cannot see

    /** Lines written in text rendering mode 3 (neither filled nor stroked) below the public text. */
    public static Path invisibleText(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            content.beginText();
            content.setFont(font(), SIZE);
            content.setRenderingMode(RenderingMode.NEITHER);
            content.newLineAtOffset(LEFT, TOP - 10 * LINE);
            for (String line : hiddenLines(persons, leak, seed)) {
                content.showText(line);
                content.newLineAtOffset(0, -LINE);
            }
            content.endText();
        });
    }

    /** Lines placed to the right of the page's crop box, where no viewer shows them. */
    public static Path offPage(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> writeLines(content, hiddenLines(persons, leak, seed), 700, TOP));
    }

    /** Lines in text of half a point, a speck on the page. */
    public static Path tinyText(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            content.beginText();
            content.setFont(font(), 0.5f);
            content.newLineAtOffset(LEFT, 100);
            for (String line : hiddenLines(persons, leak, seed)) {
                content.showText(line);
                content.newLineAtOffset(0, -1);
            }
            content.endText();
        });
    }

    /** Lines in white on the white page. */
    public static Path whiteText(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            content.setNonStrokingColor(Color.WHITE);
            writeLines(content, hiddenLines(persons, leak, seed), LEFT, TOP - 10 * LINE);
            content.setNonStrokingColor(Color.BLACK);
        });
    }

    /** Lines inside an optional-content group ("layer") named "Reviewer notes" that is switched off. */
    public static Path layerOff(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            PDOptionalContentGroup notes = new PDOptionalContentGroup("Reviewer notes");
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            layers.addGroup(notes);
            layers.setGroupEnabled(notes, false);
            doc.getDocumentCatalog().setOCProperties(layers);
            content.beginMarkedContent(COSName.OC, notes);
            writeLines(content, hiddenLines(persons, leak, seed), LEFT, TOP - 10 * LINE);
            content.endMarkedContent();
        });
    }

    // ---------------------------------------------------------------- document parts

    /** A public page with one sticky note per person, written by {@link #NOTE_AUTHOR}. */
    public static Path annotations(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            PDPage page = doc.getPage(0);
            int i = 0;
            for (String line : hiddenLines(persons, leak, seed)) {
                PDAnnotationText note = new PDAnnotationText();
                note.setContents(line);
                note.setTitlePopup(leak ? NOTE_AUTHOR : "Press Office");
                note.setRectangle(new PDRectangle(560, TOP - 20 * i++, 18, 18));
                page.getAnnotations().add(note);
            }
        });
    }

    /** A form with a visible "Office" field and a hidden multi-line field holding the lines. */
    public static Path formFields(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            PDPage page = doc.getPage(0);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), font());
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 9 Tf 0 g");
            PDTextField office = textField(form, page, "office", new PDRectangle(LEFT, 300, 200, 16), false);
            PDTextField notes = textField(form, page, "internal_notes", new PDRectangle(LEFT, 200, 460, 80), true);
            notes.setMultiline(true);
            office.setValue("Office of Public Affairs");
            notes.setValue(String.join("\n", hiddenLines(persons, leak, seed)));
        });
    }

    /**
     * An XFA form whose data packet holds one record per person (name, birth date, A-number,
     * nationality), behind an AcroForm with no fields of its own, as XFA-only forms are made.
     */
    public static Path xfaForm(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            StringBuilder xml = new StringBuilder("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">\n")
                    .append("<xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"><xfa:data><cases>\n");
            if (leak) {
                for (Person person : people(persons, seed)) {
                    xml.append("<case><note>").append(escapeXml(caseLine(person))).append("</note></case>\n");
                }
            } else {
                xml.append("<case><note>").append(escapeXml(HARMLESS_HIDDEN.get(0))).append("</note></case>\n");
            }
            xml.append("</cases></xfa:data></xfa:datasets>\n</xdp:xdp>\n");
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream os = stream.createOutputStream()) {
                os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            form.setXFA(new PDXFAResource(stream));
        });
    }

    private static PDTextField textField(PDAcroForm form, PDPage page, String name, PDRectangle rect, boolean hidden)
            throws IOException {
        PDTextField field = new PDTextField(form);
        field.setPartialName(name);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setHidden(hidden);
        widget.setPrinted(!hidden);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
        return field;
    }

    /**
     * A public page with a workbook attached: for a leak the ICE-style detainees workbook (very
     * hidden sheet), for the twin the harmless counts per nationality.
     */
    public static Path attachment(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            Path workbook = Files.createTempFile("airlock-attachment-", ".xlsx");
            try {
                if (leak) {
                    LeakWorkbooks.iceStyle(workbook, persons, SheetState.VERY_HIDDEN, seed);
                } else {
                    LeakWorkbooks.aggregateByNationality(workbook, seed);
                }
                String name = leak ? "detainees.xlsx" : "statistics.xlsx";
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(Files.readAllBytes(workbook)));
                file.setSubtype("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(name);
                spec.setFileUnicode(name);
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of(name, spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            } finally {
                Files.deleteIfExists(workbook);
            }
        });
    }

    /**
     * Two revisions: the first has the public text and the people below it; an incremental update
     * replaces the page's text with the public text alone, leaving the first revision in the file.
     * For the twin, the update corrects a figure instead.
     */
    public static Path earlierRevision(Path out, int persons, boolean leak, long seed) {
        List<String> first = new ArrayList<>(PUBLIC_LINES);
        first.addAll(leak ? hiddenLines(persons, true, seed) : List.of("Average daily population: 24,213 (provisional)."));
        byte[] original = toBytes(doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writeLines(content, first, LEFT, TOP);
            }
        });
        try (PDDocument doc = Loader.loadPDF(original)) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
                writeLines(content, PUBLIC_LINES, LEFT, TOP);
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            // saveIncremental copies the original bytes and appends the update after them.
            ByteArrayOutputStream update = new ByteArrayOutputStream();
            doc.saveIncremental(update);
            return WorkbookFile.writeBytes(out, update.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Personal data in the metadata only: the information dictionary's Subject and the XMP
     * packet's description hold the lines; the page itself is public.
     */
    public static Path metadata(Path out, int persons, boolean leak, long seed) {
        return publicPageWith(out, (doc, content) -> {
            List<String> lines = hiddenLines(persons, leak, seed);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setAuthor(leak ? NOTE_AUTHOR : "Office of Public Affairs");
            info.setTitle("Detention statistics, fiscal year 2022");
            info.setSubject(lines.get(0));
            StringBuilder xmp = new StringBuilder("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                    .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                    .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                    .append("<dc:creator><rdf:Seq><rdf:li>").append(leak ? NOTE_AUTHOR : "Office of Public Affairs")
                    .append("</rdf:li></rdf:Seq></dc:creator>\n<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
            for (String line : lines) {
                xmp.append(escapeXml(line)).append('\n');
            }
            xmp.append("</rdf:li></rdf:Alt></dc:description>\n</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp.toString().getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
        });
    }

    /** The public page alone: a press release that names only public officials. */
    public static Path publicOfficials(Path out) {
        return publicPageWith(out, (doc, content) -> { });
    }

    // ---------------------------------------------------------------- files a gate cannot read

    /** People in plain view, encrypted so that opening the file needs {@link #USER_PASSWORD}. */
    public static Path encrypted(Path out, int persons, long seed) {
        return protectedLeak(out, persons, USER_PASSWORD, seed);
    }

    /**
     * People in plain view, encrypted with an owner password only (the empty user password opens
     * it, as every viewer does): not protected from reading, so it must be inspected and blocked.
     */
    public static Path ownerPasswordOnly(Path out, int persons, long seed) {
        return protectedLeak(out, persons, "", seed);
    }

    private static Path protectedLeak(Path out, int persons, String userPassword, long seed) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = writeLines(content, PUBLIC_LINES, LEFT, TOP);
                writeLines(content, hiddenLines(persons, true, seed), LEFT, y - LINE);
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + seed, userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
        });
    }

    /** The public page cut off after 60% of its bytes. */
    public static Path truncated(Path out) {
        byte[] whole = toBytes(doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writeLines(content, PUBLIC_LINES, LEFT, TOP);
            }
        });
        return WorkbookFile.writeBytes(out, Arrays.copyOf(whole, whole.length * 6 / 10));
    }

    /** A PDF header and an end-of-file marker around 16 KiB of noise. */
    public static Path corrupt(Path out, long seed) {
        byte[] noise = new byte[16 * 1024];
        new Random(seed).nextBytes(noise);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(noise);
        bytes.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return WorkbookFile.writeBytes(out, bytes.toByteArray());
    }

    /** Two pages that are each one picture of a typed page and no text: a scan without OCR. */
    public static Path scanned(Path out, long seed) {
        return write(out, doc -> {
            BufferedImage picture = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 850, 1100);
            g.setColor(Color.BLACK);
            Random random = new Random(seed);
            for (int y = 100; y < 1000; y += 24) {
                g.fillRect(100, y, 300 + random.nextInt(350), 10);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            for (int i = 0; i < 2; i++) {
                PDPage page = newPage(doc);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
        });
    }

    /**
     * A scanned page with an OCR text layer: the picture first, then the public text in invisible
     * text over it, as OCR software writes it. The invisible text says what the picture shows, so
     * it is not hidden.
     */
    public static Path scannedWithTextLayer(Path out, long seed) {
        return write(out, doc -> {
            BufferedImage picture = new BufferedImage(425, 550, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 425, 550);
            g.dispose();
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, picture), 0, 0,
                        PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                content.beginText();
                content.setFont(font(), SIZE);
                content.setRenderingMode(RenderingMode.NEITHER);
                content.newLineAtOffset(LEFT, TOP);
                for (String line : PUBLIC_LINES) {
                    content.showText(line);
                    content.newLineAtOffset(0, -LINE);
                }
                content.endText();
            }
        });
    }

    /**
     * Public text in white on a dark banner drawn before it, a grey box drawn before black text, and
     * an underline and a strike-through line drawn after text: ordinary design, nothing hidden.
     */
    public static Path publicBanner(Path out) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(new Color(0, 40, 85));
                content.addRect(LEFT - 6, TOP - 6, BODY_WIDTH + 12, LINE + 6);
                content.fill();
                content.setNonStrokingColor(Color.WHITE);
                writeLines(content, PUBLIC_LINES.subList(0, 1), LEFT, TOP);
                content.setNonStrokingColor(new Color(230, 230, 230));
                content.addRect(LEFT - 6, TOP - 6 * LINE - 6, BODY_WIDTH + 12, 5 * LINE);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
                writeLines(content, PUBLIC_LINES.subList(1, PUBLIC_LINES.size()), LEFT, TOP - 2 * LINE);
                content.addRect(LEFT, TOP - 2 * LINE - 1.5f, 300, 0.7f);
                content.addRect(LEFT, TOP - 3 * LINE + 2.4f, 300, 0.8f);
                content.fill();
            }
        });
    }

    // ---------------------------------------------------------------- benchmark

    /**
     * A long report for benchmarks: {@code pages} pages of public statistics prose, each ending with
     * one person's case line in plain view (so every page is read and analysed to the end).
     */
    public static Path manyPages(Path out, int pages, long seed) {
        List<Person> people = people(pages, seed);
        return write(out, doc -> {
            for (int p = 0; p < pages; p++) {
                PDPage page = newPage(doc);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < 44; i++) {
                    lines.add(PUBLIC_LINES.get(i % PUBLIC_LINES.size()).replace("24,312", String.format(Locale.ROOT, "%,d", 20_000 + p * 7 + i)));
                }
                lines.add(caseLine(people.get(p)));
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    writeLines(content, lines, LEFT, TOP);
                }
            }
        });
    }

    // ---------------------------------------------------------------- writing

    private interface DocumentWriter {
        void write(PDDocument doc) throws IOException;
    }

    private interface PageAddition {
        void add(PDDocument doc, PDPageContentStream content) throws IOException;
    }

    private static Path publicPageWith(Path out, PageAddition addition) {
        return write(out, doc -> {
            PDPage page = newPage(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                writeLines(content, PUBLIC_LINES, LEFT, TOP);
                addition.add(doc, content);
            }
        });
    }

    private static Path write(Path out, DocumentWriter writer) {
        return WorkbookFile.writeBytes(out, toBytes(writer));
    }

    private static byte[] toBytes(DocumentWriter writer) {
        try (PDDocument doc = new PDDocument()) {
            writer.write(doc);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPage newPage(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        return page;
    }

    private static PDType1Font font() {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Writes the lines top down from (x, y) and returns the y of the next line. */
    private static float writeLines(PDPageContentStream content, List<String> lines, float x, float y) throws IOException {
        content.beginText();
        content.setFont(font(), SIZE);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLineAtOffset(0, -LINE);
        }
        content.endText();
        return y - LINE * lines.size();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
