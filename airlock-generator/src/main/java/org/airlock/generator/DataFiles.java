package org.airlock.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Collectors;

/** Data exports a site publishes for developers: JSON and XML, with people or with statistics only. */
public final class DataFiles {

    private DataFiles() {
    }

    /** A JSON export of people: an array of records under {@code detainees}. */
    public static Path jsonPeople(Path out, int persons, long seed) {
        String records = new PeopleGenerator(seed).people(persons).stream().map(PersonProse::jsonObject)
                .collect(Collectors.joining(",\n    "));
        return write(out, "{\n  \"generated\": \"2023-10-01\",\n  \"detainees\": [\n    " + records + "\n  ]\n}\n");
    }

    /** The clean twin: monthly counts by country of citizenship. */
    public static Path jsonStatistics(Path out, long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("{\n  \"generated\": \"2023-10-01\",\n  \"bookIns\": [\n");
        String[] countries = {"MEXICO", "GUATEMALA", "HONDURAS", "INDIA"};
        for (int month = 1; month <= 12; month++) {
            for (int c = 0; c < countries.length; c++) {
                json.append("    {\"month\": \"2023-").append(String.format("%02d", month)).append("\", \"countryOfCitizenship\": \"")
                        .append(countries[c]).append("\", \"bookIns\": ").append(100 + random.nextInt(900)).append('}')
                        .append(month == 12 && c == countries.length - 1 ? "\n" : ",\n");
            }
        }
        return write(out, json.append("  ]\n}\n").toString());
    }

    /** An XML export of people, one {@code <detainee>} element per person. */
    public static Path xmlPeople(Path out, int persons, long seed) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export date=\"2023-10-01\">\n");
        xml.append("  <!-- extract from the case management system -->\n");
        for (Person p : new PeopleGenerator(seed).people(persons)) {
            xml.append("  <detainee aNumber=\"").append(p.aNumber()).append("\">\n    <name>").append(PersonProse.html(p.fullName()))
                    .append("</name>\n    <dateOfBirth>").append(p.dateOfBirth()).append("</dateOfBirth>\n    <countryOfCitizenship>")
                    .append(p.countryOfCitizenship()).append("</countryOfCitizenship>\n  </detainee>\n");
        }
        return write(out, xml.append("</export>\n").toString());
    }

    private static Path write(Path out, String content) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            return Files.writeString(out, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
