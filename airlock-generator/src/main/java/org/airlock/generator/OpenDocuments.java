package org.airlock.generator;

import static org.airlock.generator.OfficeZip.escape;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * OpenDocument files (odt, ods, odp) with detainees' details left in one of the places ODF hides
 * content, and clean twins. Written as XML text: no maintained Java library writes ODF's hidden
 * sheets, tracked deletions or hidden slides; the people come from {@link PeopleGenerator}.
 */
public final class OpenDocuments {

    /** Where the detainees are left in a text document. */
    public enum TextHiding { NONE, TRACKED_DELETION, HIDDEN_TEXT, ANNOTATION, FOOTNOTE, HEADER, TABLE }

    /** Where the detainees are left in a spreadsheet. */
    public enum SheetHiding { NONE, HIDDEN_SHEET, HIDDEN_ROWS, HIDDEN_COLUMNS, ANNOTATION }

    /** Where the detainees are left in a presentation. */
    public enum SlideHiding { NONE, SPEAKER_NOTES, HIDDEN_SLIDE, OFF_SLIDE }

    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"";
    private static final String TEXT_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String SHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String SLIDES_TYPE = "application/vnd.oasis.opendocument.presentation";

    private OpenDocuments() {
    }

    /** A press release (odt) naming a minister and a spokesperson, with detainees where {@code hiding} says. */
    public static Path text(Path out, TextHiding hiding, int persons, long seed) {
        List<Person> people = WordDocuments.latinPeople(persons, seed);
        List<String> leaks = people.stream().map(p -> WordDocuments.sentence(List.of(p))).toList();
        StringBuilder body = new StringBuilder();
        if (hiding == TextHiding.TRACKED_DELETION) {
            body.append("<text:tracked-changes>");
            for (int i = 0; i < leaks.size(); i++) {
                body.append("<text:changed-region text:id=\"ct").append(i).append("\"><text:deletion><office:change-info>")
                        .append("<dc:creator>Press Office</dc:creator><dc:date>2024-05-02T10:00:00</dc:date></office:change-info>")
                        .append(p(leaks.get(i))).append("</text:deletion></text:changed-region>");
            }
            body.append("</text:tracked-changes>");
        }
        body.append("<text:h text:outline-level=\"1\">Quarterly statistics published</text:h>");
        body.append(p("The department today published its quarterly statistics on case processing times."));
        switch (hiding) {
            case TRACKED_DELETION -> {
                for (int i = 0; i < leaks.size(); i++) {
                    body.append("<text:p><text:change text:change-id=\"ct").append(i).append("\"/></text:p>");
                }
            }
            case HIDDEN_TEXT -> leaks.forEach(l -> body.append("<text:p><text:span text:style-name=\"T1\">").append(escape(l))
                    .append("</text:span></text:p>"));
            case ANNOTATION -> {
                body.append("<text:p>Figures are provisional.<office:annotation><dc:creator>J. Analyst</dc:creator>");
                leaks.forEach(l -> body.append(p(l)));
                body.append("</office:annotation></text:p>");
            }
            case FOOTNOTE -> {
                body.append("<text:p>Figures are provisional.<text:note text:id=\"ftn1\" text:note-class=\"footnote\">"
                        + "<text:note-citation>1</text:note-citation><text:note-body>");
                leaks.forEach(l -> body.append(p(l)));
                body.append("</text:note-body></text:note></text:p>");
            }
            case TABLE -> {
                body.append("<table:table table:name=\"Table1\"><table:table-column table:number-columns-repeated=\"5\"/>");
                body.append(row("Name", "Date of birth", "Country of citizenship", "A-Number", "Detention facility"));
                for (Person person : people) {
                    body.append(row(person.familyName() + ", " + person.givenName(), DOB.format(person.dateOfBirth()),
                            person.countryOfCitizenship(), person.aNumber(), person.detentionFacility()));
                }
                body.append("</table:table>");
            }
            default -> { }
        }
        body.append(p("The Minister for Home Affairs, Helena Marsh, said the figures showed steady progress."));
        body.append(p("Spokesperson: Daniel Okafor, Press Office"));
        String styles = "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style>";
        String header = hiding == TextHiding.HEADER
                ? "<style:header>" + p("Draft") + String.join("", leaks.stream().map(OpenDocuments::p).toList()) + "</style:header>" : "";
        String stylesXml = "<office:document-styles" + NAMESPACES + "><office:automatic-styles><style:page-layout style:name=\"pm1\">"
                + "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\"/></style:page-layout>"
                + "</office:automatic-styles><office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">"
                + header + "</style:master-page></office:master-styles></office:document-styles>";
        return pack(out, TEXT_TYPE, content(styles, "<office:text>" + body + "</office:text>"), stylesXml, false);
    }

    /** A password-protected text document: the manifest declares encryption and content.xml is ciphertext. */
    public static Path encryptedText(Path out, long seed) {
        byte[] cipher = new byte[4096];
        new Random(seed).nextBytes(cipher);
        return new OfficeZip().put("mimetype", TEXT_TYPE).put("META-INF/manifest.xml", manifest(TEXT_TYPE, true))
                .put("content.xml", cipher).put("styles.xml", cipher).write(out);
    }

    /**
     * A statistics spreadsheet (ods): a visible "Summary" of counts per country, and detainees
     * (name, date of birth, citizenship, A-number) where {@code hiding} says.
     */
    public static Path spreadsheet(Path out, SheetHiding hiding, int persons, long seed) {
        List<Person> people = new PeopleGenerator(seed).people(persons);
        Random random = new Random(seed);
        if (hiding == SheetHiding.HIDDEN_COLUMNS) {
            return pack(out, SHEET_TYPE, content("", "<office:spreadsheet>" + hiddenColumns(people, random)
                    + "</office:spreadsheet>"), null, false);
        }
        StringBuilder summary = new StringBuilder("<table:table table:name=\"Summary\" table:style-name=\"ta1\">"
                + "<table:table-column table:number-columns-repeated=\"3\"/>");
        summary.append(row("Country of citizenship", "Book-ins", "Releases"));
        int r = 1;
        for (String country : new String[] {"GUATEMALA", "HONDURAS", "MEXICO", "EL SALVADOR", "VENEZUELA"}) {
            summary.append("<table:table-row>").append(cell(country)).append(number(200 + random.nextInt(900)))
                    .append(number(100 + random.nextInt(500)));
            if (hiding == SheetHiding.ANNOTATION && r - 1 < people.size()) {
                // one note per person, beside the country's figures
                summary.append("<table:table-cell><office:annotation><dc:creator>J. Analyst</dc:creator>")
                        .append(p(WordDocuments.sentence(List.of(people.get(r - 1))))).append("</office:annotation></table:table-cell>");
            }
            summary.append("</table:table-row>");
            r++;
        }
        if (hiding == SheetHiding.HIDDEN_ROWS) {
            summary.append("<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>");
            summary.append(personRows(people, "collapse"));
        }
        summary.append("</table:table>");
        StringBuilder sheets = new StringBuilder(summary);
        if (hiding == SheetHiding.HIDDEN_SHEET) {
            sheets.append("<table:table table:name=\"Detainees\" table:style-name=\"ta2\">"
                    + "<table:table-column table:number-columns-repeated=\"5\"/>").append(personRows(people, ""))
                    .append("</table:table>");
        }
        String styles = "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
                + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>";
        return pack(out, SHEET_TYPE, content(styles, "<office:spreadsheet>" + sheets + "</office:spreadsheet>"), null, false);
    }

    /**
     * A slide deck (odp) presenting quarterly figures, with detainees where {@code hiding} says: in
     * the speaker notes, on a hidden slide, or in a text box placed right of the 28 cm wide slide.
     */
    public static Path presentation(Path out, SlideHiding hiding, int persons, long seed) {
        List<Person> people = WordDocuments.latinPeople(persons, seed);
        List<String> leaks = people.stream().map(p -> WordDocuments.sentence(List.of(p))).toList();
        StringBuilder slides = new StringBuilder();
        slides.append("<draw:page draw:name=\"Title\" draw:style-name=\"dp1\" draw:master-page-name=\"Default\">")
                .append(box("Title 1", "2cm", "2cm", p("Quarterly statistics")));
        if (hiding == SlideHiding.OFF_SLIDE) {
            slides.append(box("Parked notes", "30cm", "2cm", String.join("", leaks.stream().map(OpenDocuments::p).toList())));
        }
        if (hiding == SlideHiding.SPEAKER_NOTES) {
            slides.append("<presentation:notes><draw:page-thumbnail/>")
                    .append(box("Notes", "2cm", "14cm", String.join("", leaks.stream().map(OpenDocuments::p).toList())))
                    .append("</presentation:notes>");
        }
        slides.append("</draw:page>");
        slides.append("<draw:page draw:name=\"Figures\" draw:style-name=\"dp1\" draw:master-page-name=\"Default\">")
                .append(box("Content 1", "2cm", "4cm", p("Case processing times fell in every region.")
                        + p("The Minister for Home Affairs, Helena Marsh, welcomed the figures.")))
                .append("</draw:page>");
        if (hiding == SlideHiding.HIDDEN_SLIDE) {
            slides.append("<draw:page draw:name=\"Backup\" draw:style-name=\"dp2\" draw:master-page-name=\"Default\">")
                    .append(box("Content 2", "2cm", "4cm", String.join("", leaks.stream().map(OpenDocuments::p).toList())))
                    .append("</draw:page>");
        }
        String styles = "<style:style style:name=\"dp1\" style:family=\"drawing-page\"><style:drawing-page-properties presentation:visibility=\"visible\"/></style:style>"
                + "<style:style style:name=\"dp2\" style:family=\"drawing-page\"><style:drawing-page-properties presentation:visibility=\"hidden\"/></style:style>";
        String stylesXml = "<office:document-styles" + NAMESPACES + "><office:automatic-styles><style:page-layout style:name=\"PM1\">"
                + "<style:page-layout-properties fo:page-width=\"28cm\" fo:page-height=\"15.75cm\"/></style:page-layout>"
                + "</office:automatic-styles><office:master-styles><style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\"/>"
                + "</office:master-styles></office:document-styles>";
        return pack(out, SLIDES_TYPE, content(styles, "<office:presentation>" + slides + "</office:presentation>"), stylesXml, false);
    }

    /** Counts per country in columns A-C; name, date of birth, citizenship and A-number in hidden columns D-G. */
    private static String hiddenColumns(List<Person> people, Random random) {
        String[] countries = {"GUATEMALA", "HONDURAS", "MEXICO", "EL SALVADOR", "VENEZUELA"};
        StringBuilder sheet = new StringBuilder("<table:table table:name=\"Summary\">"
                + "<table:table-column table:number-columns-repeated=\"3\"/>"
                + "<table:table-column table:visibility=\"collapse\" table:number-columns-repeated=\"4\"/>");
        sheet.append(row("Country of citizenship", "Book-ins", "Releases", "Name", "Date of birth", "Citizenship", "A-Number"));
        for (int i = 0; i < Math.max(people.size(), countries.length); i++) {
            sheet.append("<table:table-row>");
            if (i < countries.length) {
                sheet.append(cell(countries[i])).append(number(200 + random.nextInt(900))).append(number(100 + random.nextInt(500)));
            } else {
                sheet.append("<table:table-cell table:number-columns-repeated=\"3\"/>");
            }
            if (i < people.size()) {
                Person p = people.get(i);
                sheet.append(cell(p.familyName() + ", " + p.givenName()))
                        .append("<table:table-cell office:value-type=\"date\" office:date-value=\"").append(p.dateOfBirth())
                        .append("\">").append(p(DOB.format(p.dateOfBirth()))).append("</table:table-cell>")
                        .append(cell(p.countryOfCitizenship())).append(cell(p.aNumber()));
            }
            sheet.append("</table:table-row>");
        }
        return sheet.append("</table:table>").toString();
    }

    private static String box(String name, String x, String y, String paragraphs) {
        return "<draw:frame draw:name=\"" + escape(name) + "\" svg:x=\"" + x + "\" svg:y=\"" + y + "\" svg:width=\"20cm\" svg:height=\"3cm\">"
                + "<draw:text-box>" + paragraphs + "</draw:text-box></draw:frame>";
    }

    private static String personRows(List<Person> people, String visibility) {
        String attribute = visibility.isEmpty() ? "" : " table:visibility=\"" + visibility + "\"";
        StringBuilder rows = new StringBuilder("<table:table-row" + attribute + ">" + cell("Name") + cell("Date of birth")
                + cell("Country of citizenship") + cell("A-Number") + cell("Detention facility") + "</table:table-row>");
        for (Person person : people) {
            rows.append("<table:table-row").append(attribute).append(">").append(cell(person.familyName() + ", " + person.givenName()))
                    .append("<table:table-cell office:value-type=\"date\" office:date-value=\"").append(person.dateOfBirth())
                    .append("\">").append(p(DOB.format(person.dateOfBirth()))).append("</table:table-cell>")
                    .append(cell(person.countryOfCitizenship())).append(cell(person.aNumber())).append(cell(person.detentionFacility()))
                    .append("</table:table-row>");
        }
        return rows.toString();
    }

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<table:table-row>");
        for (String c : cells) {
            r.append(cell(c));
        }
        return r.append("</table:table-row>").toString();
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\">" + p(text) + "</table:table-cell>";
    }

    private static String number(int value) {
        return "<table:table-cell office:value-type=\"float\" office:value=\"" + value + "\">" + p(Integer.toString(value)) + "</table:table-cell>";
    }

    private static String p(String text) {
        return "<text:p>" + escape(text) + "</text:p>";
    }

    private static String content(String automaticStyles, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + "><office:automatic-styles>"
                + automaticStyles + "</office:automatic-styles><office:body>" + body + "</office:body></office:document-content>";
    }

    private static String manifest(String mediaType, boolean encrypted) {
        String encryption = encrypted ? "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"AAAA\">"
                + "<manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" manifest:initialisation-vector=\"AAAA\"/>"
                + "<manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\" manifest:iteration-count=\"1024\" manifest:salt=\"AAAA\"/>"
                + "</manifest:encryption-data>" : "";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mediaType + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + encryption
                + "</manifest:file-entry><manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    }

    private static Path pack(Path out, String mediaType, String content, String styles, boolean encrypted) {
        OfficeZip zip = new OfficeZip().put("mimetype", mediaType).put("META-INF/manifest.xml", manifest(mediaType, encrypted));
        zip.put("content.xml", content);
        if (styles != null) {
            zip.put("styles.xml", styles);
        }
        zip.put("meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NAMESPACES + "><office:meta>"
                + "<dc:title>Quarterly statistics</dc:title><meta:initial-creator>Press Office</meta:initial-creator>"
                + "<meta:generator>Airlock generator</meta:generator></office:meta></office:document-meta>");
        return zip.write(out);
    }
}
