package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code airlock generate eval-cases}, {@code airlock eval} and {@code airlock detectors} end to end. */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private int run(StringWriter out, String... args) {
        CommandLine line = AirlockCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    @Test
    void scoresTheGeneratedSetAndWritesPredictions() throws Exception {
        assertThat(run(new StringWriter(), "generate", "eval-cases", "-n", "3", "-o", dir.toString())).isZero();
        Path cases = dir.resolve("eval-cases.jsonl");
        Path predictions = dir.resolve("predictions.jsonl");
        StringWriter out = new StringWriter();
        assertThat(run(out, "eval", "--cases", cases.toString(), "--format", "json", "--types", "iban,us-ssn",
                "--predictions", predictions.toString())).isZero();
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.path("exact").path("total").path("tp").asInt()).isEqualTo(6);
        assertThat(report.path("exact").path("total").path("fn").asInt()).isZero();
        assertThat(report.path("overlap").path("types")).hasSize(2);
        assertThat(Files.readAllLines(predictions)).hasSameSizeAs(Files.readAllLines(cases));
    }

    @Test
    void scoresTheGeneratedPeopleSetWithNoBirthDateTakenFromOtherDates() throws Exception {
        assertThat(run(new StringWriter(), "generate", "people-cases", "-n", "10", "-o", dir.toString())).isZero();
        Path cases = dir.resolve("people-cases.jsonl");
        assertThat(dir.resolve("people-in-dictionary.jsonl")).exists();
        assertThat(dir.resolve("people-out-of-dictionary.jsonl")).exists();
        StringWriter out = new StringWriter();
        assertThat(run(out, "eval", "--cases", cases.toString(), "--format", "json", "--types",
                "person-name,date-of-birth,nationality")).isZero();
        JsonNode exact = JSON.readTree(out.toString()).path("exact").path("types");
        JsonNode dob = null;
        JsonNode names = null;
        for (JsonNode t : exact) {
            if (t.path("type").asText().equals("date-of-birth")) {
                dob = t;
            } else if (t.path("type").asText().equals("person-name")) {
                names = t;
            }
        }
        assertThat(dob).isNotNull();
        assertThat(dob.path("fp").asInt()).as("book-in dates, reporting periods, publication dates").isZero();
        assertThat(dob.path("tp").asInt()).isEqualTo(90);
        assertThat(names).isNotNull();
        assertThat(names.path("f1").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void listsTheSpecialCategoryDetectors() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(run(out, "detectors", "--format", "json")).isZero();
        assertThat(JSON.readTree(out.toString()).findValuesAsText("id"))
                .contains("criminal-record", "religion", "ethnicity", "sexual-orientation", "biometric-data");
    }

    @Test
    void aMissingCasesFileIsAUsageError() {
        assertThat(run(new StringWriter(), "eval", "--cases", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    }

    @Test
    void listsTheCatalogueAsJson() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(run(out, "detectors", "--format", "json")).isZero();
        JsonNode list = JSON.readTree(out.toString());
        assertThat(list.findValuesAsText("id")).contains("us-ssn", "iban", "cn-resident-id", "ru-snils", "passport-mrz", "phone-number");
    }
}
