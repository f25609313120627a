package org.airlock.report;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.generator.LeakWorkbooks;
import org.airlock.generator.Scenario;
import org.airlock.generator.SheetState;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report format, written from real inspections of a leak, a harmless file and a damaged one. */
class ReportWriterTest {

    private static final int PERSONS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static FileReport leak;
    private static FileReport harmless;
    private static FileReport damaged;
    private static List<FileReport> files;

    @BeforeAll
    static void inspectThreeFiles() {
        Inspector inspector = Fixtures.inspector();
        Path ice = LeakWorkbooks.iceStyle(dir.resolve("ice.xlsx"), PERSONS, SheetState.VERY_HIDDEN, SEED);
        leak = inspector.inspect(ice, "ice.xlsx");
        harmless = inspector.inspect(Scenario.AGGREGATE.write(dir, SEED), "aggregate.xlsx");
        damaged = inspector.inspect(Scenario.CORRUPT.write(dir, SEED), "corrupt.xlsx");
        files = List.of(leak, harmless, damaged);
        assertThat(files).extracting(FileReport::verdict).containsExactly(Verdict.BLOCK, Verdict.PASS, Verdict.REVIEW);
    }

    private static String write(ReportFormat format, boolean unmasked) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter writer = ReportWriter.of(format);
        assertThat(writer.format()).isEqualTo(format);
        writer.write(new ScanReport("1.2.3", "default", unmasked, files), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Finding aNumbers() {
        return leak.findings().stream().filter(f -> f.type() == FindingType.US_A_NUMBER).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- JSON

    @Test
    void jsonDescribesEveryFileWithItsVerdictAndFindings() throws Exception {
        JsonNode root = JSON.readTree(write(ReportFormat.JSON, false));
        assertThat(root.path("tool").path("version").asText()).isEqualTo("1.2.3");
        assertThat(root.path("policy").asText()).isEqualTo("default");
        assertThat(root.path("masked").asBoolean()).isTrue();
        assertThat(root.path("summary").path("files").asInt()).isEqualTo(3);
        assertThat(root.path("summary").path("block").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("review").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("pass").asInt()).isEqualTo(1);
        assertThat(root.path("summary").path("worst").asText()).isEqualTo("BLOCK");

        JsonNode ice = root.path("files").get(0);
        assertThat(ice.path("file").asText()).isEqualTo("ice.xlsx");
        assertThat(ice.path("type").asText()).isEqualTo("XLSX");
        assertThat(ice.path("verdict").asText()).isEqualTo("BLOCK");
        assertThat(ice.path("persons").asLong()).isEqualTo(PERSONS);
        assertThat(texts(ice.path("categories"))).contains("NAME", "DATE_OF_BIRTH", "NATIONALITY", "NATIONAL_ID",
                "IMMIGRATION_STATUS");
        assertThat(texts(ice.path("reasons"))).isEqualTo(leak.reasons());
        assertThat(ice.path("records")).singleElement().satisfies(r -> {
            assertThat(r.path("location").asText()).isEqualTo("sheet 'Detainees'");
            assertThat(r.path("visibility").asText()).isEqualTo("VERY_HIDDEN_SHEET");
            assertThat(r.path("records").asLong()).isEqualTo(PERSONS);
        });
        assertThat(ice.path("findings")).hasSize(leak.findings().size());
        for (JsonNode finding : ice.path("findings")) {
            for (String field : List.of("type", "category", "location", "visibility", "confidence", "evidence", "explanation")) {
                assertThat(finding.path(field).isTextual()).as(field + " of " + finding).isTrue();
                assertThat(finding.path(field).asText()).as(field + " of " + finding).isNotBlank();
            }
            assertThat(finding.path("count").asLong()).isPositive();
            assertThat(finding.path("hidden").asBoolean()).isTrue();
        }
        JsonNode aNumber = findingOfType(ice, "us-a-number");
        assertThat(aNumber.path("category").asText()).isEqualTo("NATIONAL_ID");
        assertThat(aNumber.path("location").asText()).isEqualTo("sheet 'Detainees' › E2:E31");
        assertThat(aNumber.path("visibility").asText()).isEqualTo("VERY_HIDDEN_SHEET");
        assertThat(aNumber.path("confidence").asText()).isEqualTo("HIGH");
        assertThat(aNumber.path("count").asLong()).isEqualTo(PERSONS);
        assertThat(ice.path("hiddenContent")).anySatisfy(h -> {
            assertThat(h.path("kind").asText()).isEqualTo("VERY_HIDDEN_SHEET");
            assertThat(h.path("location").asText()).isEqualTo("sheet 'Detainees'");
        });

        JsonNode aggregate = root.path("files").get(1);
        assertThat(aggregate.path("verdict").asText()).isEqualTo("PASS");
        assertThat(aggregate.path("persons").asLong()).isZero();
        assertThat(aggregate.path("findings")).isEmpty();

        JsonNode corrupt = root.path("files").get(2);
        assertThat(corrupt.path("verdict").asText()).isEqualTo("REVIEW");
        assertThat(corrupt.path("notInspected")).singleElement()
                .satisfies(f -> assertThat(f.path("kind").asText()).isEqualTo("CORRUPT"));
    }

    @Test
    void jsonMasksEvidenceByDefault() throws Exception {
        JsonNode root = JSON.readTree(write(ReportFormat.JSON, false));
        Finding aNumbers = aNumbers();
        String evidence = findingOfType(root.path("files").get(0), "us-a-number").path("evidence").asText();
        assertThat(evidence).isEqualTo(Mask.mask(FindingType.US_A_NUMBER, aNumbers.sample()))
                .isNotEqualTo(aNumbers.sample())
                .matches("A\\*{5}\\d{4}");
        String json = root.toString();
        for (Finding finding : leak.findings()) {
            assertThat(json).as(finding.type().id()).doesNotContain("\"" + finding.sample() + "\"");
        }
    }

    @Test
    void jsonShowsEvidenceInClearOnlyWhenAskedAndSaysSo() throws Exception {
        JsonNode root = JSON.readTree(write(ReportFormat.JSON, true));
        assertThat(root.path("masked").asBoolean()).isFalse();
        JsonNode ice = root.path("files").get(0);
        for (Finding finding : leak.findings()) {
            assertThat(StreamSupport.stream(ice.path("findings").spliterator(), false)
                    .map(f -> f.path("evidence").asText())).contains(finding.sample());
        }
    }

    private static JsonNode findingOfType(JsonNode file, String type) {
        List<JsonNode> matching = new ArrayList<>();
        file.path("findings").forEach(f -> {
            if (f.path("type").asText().equals(type)) {
                matching.add(f);
            }
        });
        assertThat(matching).as(type).hasSize(1);
        return matching.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    // ---------------------------------------------------------------- SARIF

    @Test
    void sarifReportsABlockedFileAsErrorsWithLogicalLocations() throws Exception {
        JsonNode root = JSON.readTree(write(ReportFormat.SARIF, false));
        assertThat(root.path("version").asText()).isEqualTo("2.1.0");
        assertThat(root.path("$schema").asText()).contains("sarif-2.1.0");
        JsonNode run = root.path("runs").get(0);
        List<String> rules = new ArrayList<>();
        run.path("tool").path("driver").path("rules").forEach(r -> rules.add(r.path("id").asText()));
        for (FindingType type : FindingType.values()) {
            assertThat(rules).contains(type.id());
        }
        assertThat(rules).contains("airlock-verdict", "not-inspected");

        List<JsonNode> results = new ArrayList<>();
        run.path("results").forEach(results::add);
        assertThat(results).anySatisfy(r -> {
            assertThat(r.path("ruleId").asText()).isEqualTo("us-a-number");
            assertThat(r.path("level").asText()).isEqualTo("error");
            JsonNode location = r.path("locations").get(0);
            assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText()).isEqualTo("ice.xlsx");
            assertThat(location.path("logicalLocations").get(0).path("fullyQualifiedName").asText())
                    .isEqualTo("sheet 'Detainees' › E2:E31");
            assertThat(r.path("message").path("text").asText()).contains("A*****").doesNotContain(aNumbers().sample());
        });
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("airlock-verdict"))
                .extracting(r -> r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
                        + "=" + r.path("level").asText())
                .containsExactlyInAnyOrder("ice.xlsx=error", "corrupt.xlsx=warning");
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("not-inspected")).singleElement()
                .satisfies(r -> assertThat(r.path("message").path("text").asText()).contains("corrupt"));
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("us-a-number")).hasSize(1);
        // The ICE statistics sheet has counts below 5 by facility: each small cell is a result too.
        assertThat(results).filteredOn(r -> r.path("ruleId").asText().equals("small-cell"))
                .hasSize(leak.assessment().risk().smallCells().size());
        assertThat(results).hasSize(2 + 1 + leak.findings().size() + leak.assessment().risk().smallCells().size());
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void csvHasAHeaderAndOneRowPerFinding() throws Exception {
        String csv = write(ReportFormat.CSV, false);
        List<CsvRecord> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(csv).forEach(rows::add);
        assertThat(rows.get(0).getFields()).containsExactly("file", "verdict", "persons", "categories", "type", "category",
                "location", "visibility", "confidence", "count", "evidence", "reasons", "label", "labels_found", "small_cells");
        // One row per finding of the leak, one row each for the two files without findings.
        assertThat(rows).hasSize(1 + leak.findings().size() + 1 + 1);
        List<CsvRecord> iceRows = rows.stream().filter(r -> r.getField(0).equals("ice.xlsx")).toList();
        assertThat(iceRows).hasSize(leak.findings().size()).allSatisfy(r -> {
            assertThat(r.getFieldCount()).isEqualTo(15);
            assertThat(r.getField(12)).isEqualTo("RESTRICTED");
            assertThat(r.getField(1)).isEqualTo("BLOCK");
            assertThat(r.getField(2)).isEqualTo(Integer.toString(PERSONS));
        });
        assertThat(iceRows).anySatisfy(r -> {
            assertThat(r.getField(4)).isEqualTo("us-a-number");
            assertThat(r.getField(6)).isEqualTo("sheet 'Detainees' › E2:E31");
            assertThat(r.getField(7)).isEqualTo("VERY_HIDDEN_SHEET");
            assertThat(r.getField(10)).matches("A\\*{5}\\d{4}");
        });
        assertThat(rows).filteredOn(r -> r.getField(0).equals("aggregate.xlsx")).singleElement()
                .satisfies(r -> {
                    assertThat(r.getField(1)).isEqualTo("PASS");
                    assertThat(r.getField(4)).isEmpty();
                });
        assertThat(rows).filteredOn(r -> r.getField(0).equals("corrupt.xlsx")).singleElement()
                .satisfies(r -> assertThat(r.getField(11)).contains("Not fully inspected"));
    }

    // ---------------------------------------------------------------- text

    @Test
    void textNamesEachVerdictAndThePersonsExposed() throws Exception {
        String text = write(ReportFormat.TEXT, false);
        assertThat(text).contains("BLOCK  ice.xlsx")
                .contains("PASS   aggregate.xlsx")
                .contains("REVIEW corrupt.xlsx")
                .contains("persons exposed: 30")
                .contains("very hidden sheet: sheet 'Detainees'")
                .contains("us-a-number at sheet 'Detainees' › E2:E31")
                .contains("3 files: 1 BLOCK, 1 REVIEW, 1 PASS")
                .doesNotContain(aNumbers().sample())
                .doesNotContain("UNMASKED");
        assertThat(write(ReportFormat.TEXT, true)).contains(aNumbers().sample()).contains("evidence shown UNMASKED");
    }

    @Test
    void anEmptyScanIsAPass() {
        ScanReport empty = new ScanReport("1.2.3", "default", false, List.of());
        assertThat(empty.worst()).isEqualTo(Verdict.PASS);
        assertThat(empty.count(Verdict.BLOCK)).isZero();
    }
}
