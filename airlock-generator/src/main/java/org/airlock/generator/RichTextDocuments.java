package org.airlock.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The press release as Rich Text Format, with detainees where RTF hides text (a tracked deletion,
 * hidden text, an annotation, a footnote, the header) or in a table, and a clean twin. RTF is
 * plain markup, written here as text; the people come from {@link PeopleGenerator}.
 */
public final class RichTextDocuments {

    /** Where the detainees are left. */
    public enum Hiding { NONE, TRACKED_DELETION, HIDDEN_TEXT, COMMENT, FOOTNOTE, HEADER, TABLE }

    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RichTextDocuments() {
    }

    public static Path pressRelease(Path out, Hiding hiding, int persons, long seed) {
        List<Person> people = WordDocuments.latinPeople(persons, seed);
        List<String> leaks = people.stream().map(p -> WordDocuments.sentence(List.of(p))).toList();
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}"
                + "{\\*\\revtbl{Unknown;}{Press Office;}}"
                + "{\\info{\\title Quarterly statistics published}{\\author Press Office}}\n");
        rtf.append("{\\header\\pard Draft\\par");
        if (hiding == Hiding.HEADER) {
            leaks.forEach(l -> rtf.append("\\pard ").append(escape(l)).append("\\par"));
        }
        rtf.append("}\n");
        rtf.append("\\pard\\b Quarterly statistics published\\b0\\par\n");
        rtf.append("\\pard The department today published its quarterly statistics on case processing times.\\par\n");
        switch (hiding) {
            case TRACKED_DELETION -> leaks.forEach(l -> rtf.append("\\pard{\\deleted\\revauthdel1 ").append(escape(l)).append("}\\par\n"));
            case HIDDEN_TEXT -> leaks.forEach(l -> rtf.append("\\pard{\\v ").append(escape(l)).append("}\\par\n"));
            case COMMENT -> {
                rtf.append("\\pard Figures are provisional.{\\*\\atnid JA}{\\*\\atnauthor J. Analyst}\\chatn{\\*\\annotation ");
                leaks.forEach(l -> rtf.append("\\pard ").append(escape(l)).append("\\par "));
                rtf.append("}\\par\n");
            }
            case FOOTNOTE -> {
                rtf.append("\\pard Figures are provisional.{\\super\\chftn}{\\footnote\\pard\\plain{\\super\\chftn} ");
                leaks.forEach(l -> rtf.append("\\pard ").append(escape(l)).append("\\par "));
                rtf.append("}\\par\n");
            }
            case TABLE -> {
                row(rtf, "Name", "Date of birth", "Country of citizenship", "A-Number", "Detention facility");
                for (Person p : people) {
                    row(rtf, p.familyName() + ", " + p.givenName(), DOB.format(p.dateOfBirth()), p.countryOfCitizenship(), p.aNumber(),
                            p.detentionFacility());
                }
                rtf.append("\\pard\\par\n");
            }
            default -> { }
        }
        rtf.append("\\pard The Minister for Home Affairs, Helena Marsh, said the figures showed steady progress.\\par\n");
        rtf.append("\\pard Spokesperson: Daniel Okafor, Press Office\\par\n}");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            return Files.writeString(out, rtf, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder rtf, String... cells) {
        rtf.append("\\trowd");
        for (int i = 1; i <= cells.length; i++) {
            rtf.append("\\cellx").append(i * 1800);
        }
        rtf.append("\\pard\\intbl ");
        for (String cell : cells) {
            rtf.append(escape(cell)).append("\\cell ");
        }
        rtf.append("\\row\n");
    }

    /** RTF escapes: backslash and braces, and every non-ASCII character as \\uN with a '?' fallback. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                s.append('\\').append(c);
            } else if (c > 127) {
                s.append("\\u").append((int) (short) c).append('?');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
