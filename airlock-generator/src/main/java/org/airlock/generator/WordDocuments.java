package org.airlock.generator;

import static org.airlock.generator.OfficeZip.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Word documents (docx) shaped like a department's press release, with detainees' details left in
 * one of the places Word hides text, and a clean twin that names only a minister and a
 * spokesperson. The WordprocessingML is written as text because POI's XWPF cannot write tracked
 * deletions, hidden runs or alt text; the people come from {@link PeopleGenerator}.
 */
public final class WordDocuments {

    /** Where the detainees' details are left. */
    public enum Hiding {
        /** Nowhere: the clean press release. */
        NONE,
        /** A deletion made with Track Changes on ({@code w:del}/{@code w:delText}). */
        TRACKED_DELETION,
        /** A reviewer's comment ({@code word/comments.xml}) by "J. Analyst". */
        COMMENT,
        /** Runs formatted hidden ({@code w:vanish}). */
        HIDDEN_TEXT,
        /** A footnote. */
        FOOTNOTE,
        /** The page header. */
        HEADER,
        /** The alt text ({@code wp:docPr descr}) of a picture. */
        ALT_TEXT,
        /** A visible table of detainees, one row per person. */
        TABLE,
        /** A workbook of detainees embedded as {@code word/embeddings/Microsoft_Excel_Worksheet.xlsx}. */
        EMBEDDED_WORKBOOK
    }

    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    private WordDocuments() {
    }

    /**
     * A press release about quarterly statistics, naming a minister and a spokesperson, with
     * {@code persons} detainees' name, date of birth, A-number and country of citizenship left in
     * the place {@code hiding} says (none for {@link Hiding#NONE}).
     */
    public static Path pressRelease(Path out, Hiding hiding, int persons, long seed) {
        List<Person> people = latinPeople(persons, seed);
        StringBuilder body = new StringBuilder();
        body.append(paragraph("Quarterly statistics published"));
        body.append(paragraph("The department today published its quarterly statistics on case processing times."));
        List<String> leaks = people.stream().map(p -> sentence(List.of(p))).toList();
        String leak = String.join("", leaks.stream().map(WordDocuments::paragraph).toList());
        body.append(paragraph("The figures cover every region."));
        switch (hiding) {
            case TRACKED_DELETION -> leaks.forEach(l -> body.append("<w:p><w:del w:id=\"1\" w:author=\"Press Office\" "
                    + "w:date=\"2024-05-02T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">" + escape(l) + "</w:delText></w:r></w:del></w:p>"));
            case HIDDEN_TEXT -> leaks.forEach(l -> body.append("<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">"
                    + escape(l) + "</w:t></w:r></w:p>"));
            case COMMENT -> body.append("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Figures are provisional.</w:t></w:r>"
                    + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>");
            case FOOTNOTE -> body.append("<w:p><w:r><w:t>Figures are provisional.</w:t></w:r>"
                    + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r></w:p>");
            case ALT_TEXT -> {
                for (int i = 0; i < leaks.size(); i++) {
                    body.append("<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"914400\" cy=\"914400\"/><wp:docPr id=\"")
                            .append(i + 1).append("\" name=\"Picture ").append(i + 1).append("\" descr=\"")
                            .append(escape(leaks.get(i))).append("\"/></wp:inline></w:drawing></w:r></w:p>");
                }
            }
            case TABLE -> body.append(table(people));
            default -> { }
        }
        body.append(paragraph("The Minister for Home Affairs, Helena Marsh, said the figures showed steady progress."));
        body.append(paragraph("Spokesperson: Daniel Okafor, Press Office"));
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        OfficeZip zip = new OfficeZip();
        String sectPr = "<w:sectPr/>";
        switch (hiding) {
            case COMMENT -> {
                override(types, "/word/comments.xml", "comments");
                relationship(rels, "rIdC", "comments", "comments.xml");
                zip.put("word/comments.xml", xml("<w:comments xmlns:w=\"" + W + "\"><w:comment w:id=\"0\" w:author=\"J. Analyst\" "
                        + "w:initials=\"JA\">" + leak + "</w:comment></w:comments>"));
            }
            case FOOTNOTE -> {
                override(types, "/word/footnotes.xml", "footnotes");
                relationship(rels, "rIdF", "footnotes", "footnotes.xml");
                zip.put("word/footnotes.xml", xml("<w:footnotes xmlns:w=\"" + W + "\">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\">" + paragraph("Source: case records.") + leak + "</w:footnote></w:footnotes>"));
            }
            case HEADER -> {
                override(types, "/word/header1.xml", "header");
                relationship(rels, "rIdH", "header", "header1.xml");
                zip.put("word/header1.xml", xml("<w:hdr xmlns:w=\"" + W + "\">" + paragraph("Draft") + leak + "</w:hdr>"));
                sectPr = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/></w:sectPr>";
            }
            case EMBEDDED_WORKBOOK -> {
                relationship(rels, "rIdE", "package", "embeddings/Microsoft_Excel_Worksheet.xlsx");
                zip.put("word/embeddings/Microsoft_Excel_Worksheet.xlsx", iceWorkbook(Math.max(persons, 1), seed));
            }
            default -> { }
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        zip.put("[Content_Types].xml", types.toString());
        zip.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
                + "Target=\"docProps/core.xml\"/></Relationships>");
        zip.put("word/document.xml", xml("<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" xmlns:wp=\"" + WP + "\"><w:body>"
                + body + sectPr + "</w:body></w:document>"));
        zip.put("word/_rels/document.xml.rels", rels.toString());
        zip.put("docProps/core.xml", xml("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Quarterly statistics published</dc:title>"
                + "<dc:creator>Press Office</dc:creator></cp:coreProperties>"));
        return zip.write(out);
    }

    /**
     * The press release with a tracked deletion of {@code persons} detainees, encrypted with
     * {@code password} (Office agile encryption in an OLE2 container): it cannot be inspected.
     */
    public static Path encrypted(Path out, String password, int persons, long seed) {
        try {
            Path plain = Files.createTempFile("airlock-plain-", ".docx");
            try {
                pressRelease(plain, Hiding.TRACKED_DELETION, persons, seed);
                return DamagedFiles.encrypt(out, Files.readAllBytes(plain), password, seed);
            } finally {
                Files.deleteIfExists(plain);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Detainee Maria LOPEZ, DOB 03/12/1985, A-number A201234567, citizen of GUATEMALA." for each person. */
    static String sentence(List<Person> people) {
        StringBuilder s = new StringBuilder();
        for (Person p : people) {
            s.append("Detainee ").append(p.givenName()).append(' ').append(p.familyName()).append(", DOB ")
                    .append(DOB.format(p.dateOfBirth())).append(", A-number ").append(p.aNumber())
                    .append(", citizen of ").append(p.countryOfCitizenship()).append(". ");
        }
        return s.toString().strip();
    }

    /** People whose names are in Latin script, as prose fixtures name them. */
    static List<Person> latinPeople(int persons, long seed) {
        return new PeopleGenerator(seed).people(persons * 4 + 8).stream()
                .filter(p -> p.script() == NameScript.LATIN).limit(persons).toList();
    }

    private static String table(List<Person> people) {
        StringBuilder t = new StringBuilder("<w:tbl><w:tblPr/><w:tblGrid/>");
        t.append(row("Name", "Date of birth", "Country of citizenship", "A-Number", "Detention facility"));
        for (Person p : people) {
            t.append(row(p.familyName() + ", " + p.givenName(), DOB.format(p.dateOfBirth()), p.countryOfCitizenship(),
                    p.aNumber(), p.detentionFacility()));
        }
        return t.append("</w:tbl>").toString();
    }

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<w:tr>");
        for (String cell : cells) {
            r.append("<w:tc>").append(paragraph(cell)).append("</w:tc>");
        }
        return r.append("</w:tr>").toString();
    }

    static String paragraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    private static void override(StringBuilder types, String part, String kind) {
        types.append("<Override PartName=\"").append(part).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.")
                .append(kind).append("+xml\"/>");
    }

    private static void relationship(StringBuilder rels, String id, String type, String target) {
        rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(R).append('/').append(type)
                .append("\" Target=\"").append(target).append("\"/>");
    }

    private static String xml(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root;
    }

    /** An ICE-shaped workbook of detainees, as bytes to embed. */
    static byte[] iceWorkbook(int persons, long seed) {
        try {
            Path temp = Files.createTempFile("airlock-embedded-", ".xlsx");
            try {
                LeakWorkbooks.iceStyle(temp, persons, SheetState.VISIBLE, seed);
                return Files.readAllBytes(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
