package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.generator.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code airlock scan} as a user would and checks exit codes, output and reports. */
class ScanCommandTest {

    @TempDir
    static Path site;
    static Path leak;
    static Path harmless;

    @BeforeAll
    static void writeSite() {
        leak = Scenario.ICE_VERY_HIDDEN.write(site.resolve("leak"), 300, 11);
        harmless = Scenario.AGGREGATE.write(site.resolve("harmless"), 11);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine line = AirlockCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void exitsThreeAndNamesTheHiddenSheetWhenALeakIsFound() {
        Run run = run("scan", "--no-progress", leak.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).contains("BLOCK").contains("persons exposed: 300").contains("sheet 'Detainees'")
                .contains("very hidden");
    }

    @Test
    void exitsZeroWhenEveryFilePasses() {
        Run run = run("scan", harmless.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("PASS").contains("1 file: 0 BLOCK, 0 REVIEW, 1 PASS");
    }

    @Test
    void missingPathIsAUsageError() {
        Run run = run("scan", site.resolve("no-such-file.xlsx").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("scan", "--no-such-option", harmless.toString()).code()).isEqualTo(2);
    }

    @Test
    void invalidPolicyIsAUsageErrorNamingTheKey() throws Exception {
        Path policy = Files.writeString(site.resolve("bad-policy.yaml"), "block:\n  persons-at-leest: 3\n");
        Run run = run("scan", "--policy", policy.toString(), harmless.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("persons-at-leest");
    }

    @Test
    void policyThresholdChangesTheVerdict() throws Exception {
        Path small = Scenario.HOME_OFFICE.write(site.resolve("small"), 3, 5);
        Path lenient = Files.writeString(site.resolve("lenient.yaml"), """
                name: lenient
                block:
                  persons-at-least: 50
                  categories: [HEALTH]
                """);
        assertThat(run("scan", small.toString()).out()).startsWith("BLOCK");
        Run run = run("scan", "--policy", lenient.toString(), small.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).startsWith("REVIEW");
    }

    @Test
    void jsonReportToFileIsMaskedAndSummarised() throws Exception {
        Path report = site.resolve("out/report.json");
        Run run = run("scan", "--format", "json", "-o", report.toString(), leak.toString(), harmless.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("2 file(s): 1 BLOCK, 0 REVIEW, 1 PASS");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("masked").asBoolean()).isTrue();
        assertThat(json.at("/summary/worst").asText()).isEqualTo("BLOCK");
        JsonNode blocked = json.get("files").get(0).get("verdict").asText().equals("BLOCK")
                ? json.get("files").get(0) : json.get("files").get(1);
        assertThat(blocked.get("persons").asLong()).isEqualTo(300);
        for (JsonNode finding : blocked.get("findings")) {
            if (finding.get("type").asText().equals("us-a-number")) {
                assertThat(finding.get("evidence").asText()).matches("A\\*{5}\\d{4}");
            }
        }
    }

    @Test
    void unmaskShowsEvidenceAndWarns() {
        Run run = run("scan", "--unmask", "--format", "csv", leak.toString());
        assertThat(run.err()).contains("unmasked");
        assertThat(run.out()).containsPattern("us-a-number,NATIONAL_ID,[^\\n]*,A2\\d{8},");
    }

    @Test
    void sarifReportHasErrorsForABlockedFile() throws Exception {
        Run run = run("scan", "--format", "sarif", leak.toString());
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("airlock-verdict");
        assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("error");
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = run("scan", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("3   at least one file is REVIEW or BLOCK");
    }
}
