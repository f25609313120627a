package org.airlock.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.extract.InspectionFailure;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;

/**
 * SARIF 2.1.0, for code-scanning dashboards and CI annotations: one rule per finding type plus
 * {@code airlock-verdict} (one result per file that is not PASS, carrying the reasons) and
 * {@code not-inspected}. A finding's level follows its file's verdict: BLOCK is error, REVIEW is
 * warning, PASS is note. Places inside a file are logical locations ("sheet 'X' › B2:B90").
 */
public final class SarifReportWriter implements ReportWriter {

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void write(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Airlock");
            g.writeStringField("version", report.toolVersion());
            g.writeStringField("informationUri", "https://github.com/airlock-gate/airlock");
            g.writeArrayFieldStart("rules");
            rule(g, "airlock-verdict", "The file must not be published without sign-off, or at all.");
            rule(g, "not-inspected", "Part or all of the file could not be inspected.");
            rule(g, "sensitivity-label", "The file carries a sensitivity label (Microsoft Purview or a printed marking).");
            rule(g, "small-cell", "A count table cell counts so few people that they may be recognised.");
            for (FindingType type : FindingType.values()) {
                rule(g, type.id(), "Personal data: " + type.category().plainName() + ".");
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (FileReport file : report.files()) {
                String uri = uri(file.file());
                String level = level(file.verdict());
                if (file.verdict() != Verdict.PASS) {
                    result(g, "airlock-verdict", level, file.verdict() + ": " + String.join(" ", file.reasons()), uri, null);
                }
                var risk = file.assessment().risk();
                for (var found : risk.foundLabels()) {
                    result(g, "sensitivity-label", found.level() == null || found.level() != org.airlock.assess.Sensitivity.PUBLIC
                            ? level : "note", "Label in file: " + found.describe()
                            + (found.level() == null ? "" : ", level " + found.level()), uri, found.label().source().describe());
                }
                for (var cell : risk.smallCells()) {
                    result(g, "small-cell", level, "Count of " + cell.count() + " in a breakdown table (computed label "
                            + risk.label() + ")", uri, cell.reference());
                }
                for (InspectionFailure failure : file.notInspected()) {
                    result(g, "not-inspected", "warning", failure.describe(), uri, null);
                }
                for (Finding f : file.findings()) {
                    result(g, f.type().id(), level, f.type().id() + " (" + f.count() + " value" + (f.count() == 1 ? "" : "s") + ", "
                            + f.visibility().description() + ", " + f.confidence().name().toLowerCase(Locale.ROOT) + " confidence): "
                            + report.evidence(f) + " — " + f.explanation(), uri, f.location().describe());
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void rule(JsonGenerator g, String id, String description) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", description);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, String rule, String level, String message, String uri, String logical)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", rule);
        g.writeStringField("level", level);
        g.writeObjectFieldStart("message");
        g.writeStringField("text", message);
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri);
        g.writeEndObject();
        g.writeEndObject();
        if (logical != null && !logical.isEmpty()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", logical);
            g.writeStringField("kind", "element");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String level(Verdict verdict) {
        return switch (verdict) {
            case BLOCK -> "error";
            case REVIEW -> "warning";
            case PASS -> "note";
        };
    }

    private static String uri(String file) {
        try {
            Path path = Path.of(file);
            return path.isAbsolute() ? path.toUri().toString() : file.replace('\\', '/');
        } catch (RuntimeException e) {
            return file;
        }
    }
}
