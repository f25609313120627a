package org.airlock.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Web pages of a fictional agency's statistics site: a visible statistics table, with people
 * hidden in one of the places a page hides data (an HTML comment, a hidden div, inline JSON), a
 * visible table of people, or nothing at all (the clean twin, which also links to the site's
 * statistics workbook so the linked-documents inventory has something to list).
 */
public final class WebPages {

    private static final String[] NATIONALITIES = {"MEXICO", "GUATEMALA", "HONDURAS", "EL SALVADOR", "INDIA", "CHINA"};

    private WebPages() {
    }

    /** People listed inside an HTML comment (a draft list "commented out" before publishing). */
    public static Path commentedList(Path out, int persons, long seed) {
        String list = people(persons, seed).stream().map(PersonProse::sentence).map(PersonProse::html)
                .collect(Collectors.joining("\n  "));
        return page(out, seed, "<!-- draft list, do not publish:\n  " + list + "\n-->\n");
    }

    /** People in a {@code <div style="display:none">}: on the page, never shown. */
    public static Path hiddenDiv(Path out, int persons, long seed) {
        String list = people(persons, seed).stream().map(p -> "  <p>" + PersonProse.html(PersonProse.sentence(p)) + "</p>")
                .collect(Collectors.joining("\n"));
        return page(out, seed, "<div id=\"case-notes\" style=\"display: none\">\n" + list + "\n</div>\n");
    }

    /** People in the page's inline JSON state, as a front-end framework would ship them. */
    public static Path inlineJson(Path out, int persons, long seed) {
        String json = people(persons, seed).stream().map(PersonProse::jsonObject).collect(Collectors.joining(",\n  "));
        return page(out, seed, "<script type=\"application/json\" id=\"detainee-data\">\n[\n  "
                + json.replace("</", "<\\/") + "\n]\n</script>\n");
    }

    /** A list of anonymous "cases" whose {@code data-detainee} attributes hold each person's details. */
    public static Path dataAttributes(Path out, int persons, long seed) {
        StringBuilder list = new StringBuilder("<h2>Recent cases</h2>\n<ul id=\"cases\">\n");
        int i = 1;
        for (Person p : people(persons, seed)) {
            list.append("  <li data-detainee=\"").append(PersonProse.html(PersonProse.sentence(p))).append("\">Case ")
                    .append(i++).append("</li>\n");
        }
        return page(out, seed, list.append("</ul>\n").toString());
    }

    /** A visible table of people with a header row, like the ICE sheet on a page. */
    public static Path peopleTable(Path out, int persons, long seed) {
        StringBuilder table = new StringBuilder("<h2>Detainees</h2>\n<table id=\"detainees\">\n<thead><tr><th>Name</th>"
                + "<th>Date of birth</th><th>A-Number</th><th>Country of citizenship</th><th>Facility</th></tr></thead>\n<tbody>\n");
        for (Person p : people(persons, seed)) {
            table.append("<tr><td>").append(PersonProse.html(p.fullName())).append("</td><td>")
                    .append(PersonProse.US_DATE.format(p.dateOfBirth())).append("</td><td>").append(p.aNumber())
                    .append("</td><td>").append(p.countryOfCitizenship()).append("</td><td>")
                    .append(PersonProse.html(p.detentionFacility())).append("</td></tr>\n");
        }
        return page(out, seed, table.append("</tbody>\n</table>\n").toString());
    }

    /** The clean twin: statistics only, a harmless comment, and a link to the statistics workbook. */
    public static Path clean(Path out, long seed) {
        return page(out, seed, "<!-- navigation ends -->\n");
    }

    private static List<Person> people(int persons, long seed) {
        return new PeopleGenerator(seed).people(persons);
    }

    private static Path page(Path out, long seed, String extra) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Detention statistics</title>
                <link rel="canonical" href="https://www.agency.example/statistics/detention.html">
                </head>
                <body>
                <h1>Detention statistics, fiscal year 2023</h1>
                <p>The tables below give the number of people booked into detention each month, by country of citizenship.
                Figures are provisional and may be revised.</p>
                <table id="book-ins">
                <tr><th>Country of citizenship</th><th>Book-ins</th><th>Releases</th></tr>
                """);
        for (String nationality : NATIONALITIES) {
            int bookIns = 400 + random.nextInt(4000);
            html.append("<tr><td>").append(nationality).append("</td><td>").append(bookIns).append("</td><td>")
                    .append(bookIns * (20 + random.nextInt(40)) / 100).append("</td></tr>\n");
        }
        html.append("</table>\n");
        html.append(extra);
        html.append("""
                <p>Download the <a href="/statistics/detention-fy2023.xlsx">statistics workbook</a> or read the
                <a href="https://www.other.example/report.pdf">external review</a>.</p>
                </body>
                </html>
                """);
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            return Files.writeString(out, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
