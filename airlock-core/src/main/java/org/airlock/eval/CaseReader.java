package org.airlock.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines cases file: {@code {"id": "...", "text": "...", "spans": [{"type", "start",
 * "end"}]}} per line, offsets in Unicode code points. A bad line is refused with its line number,
 * never with its text (the text may be personal data).
 */
public final class CaseReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseReader() {
    }

    /** Thrown for a line that is not a case. */
    public static final class BadCaseException extends Exception {
        public BadCaseException(String message) {
            super(message);
        }
    }

    public static List<EvalCase> read(Path file) throws IOException, BadCaseException {
        List<EvalCase> cases = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                cases.add(parse(line, number));
            }
        }
        return cases;
    }

    static EvalCase parse(String line, int number) throws BadCaseException {
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                throw new BadCaseException("line " + number + ": \"text\" is missing or not a string");
            }
            String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + number;
            int length = text.asText().codePointCount(0, text.asText().length());
            List<Span> spans = new ArrayList<>();
            JsonNode list = node.get("spans");
            if (list != null && !list.isArray()) {
                throw new BadCaseException("line " + number + ": \"spans\" is not a list");
            }
            if (list != null) {
                for (JsonNode s : list) {
                    if (!s.path("type").isTextual() || !s.path("start").isInt() || !s.path("end").isInt()) {
                        throw new BadCaseException("line " + number + ": a span needs \"type\" (string), \"start\" and \"end\" (integers)");
                    }
                    Span span = new Span(s.get("type").asText(), s.get("start").asInt(), s.get("end").asInt());
                    if (span.end() > length) {
                        throw new BadCaseException("line " + number + ": span " + span.start() + ".." + span.end() + " is past the end of the text (" + length + " code points)");
                    }
                    spans.add(span);
                }
            }
            return new EvalCase(id, text.asText(), spans);
        } catch (IOException e) {
            throw new BadCaseException("line " + number + ": not JSON");
        } catch (IllegalArgumentException e) {
            throw new BadCaseException("line " + number + ": " + e.getMessage());
        }
    }
}
