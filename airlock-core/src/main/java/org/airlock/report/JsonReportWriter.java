package org.airlock.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.records.Finding;
import org.airlock.records.PersonRecords;
import org.airlock.scan.FileReport;

/**
 * The JSON report (documented in docs/report-json.md): a summary and one object per file with its
 * verdict, persons, categories, reasons, person records, findings, hidden-content inventory and
 * what could not be inspected. Written with Jackson's streaming generator.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public void write(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "airlock");
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();
            g.writeStringField("policy", report.policyName());
            g.writeBooleanField("masked", !report.unmasked());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", report.files().size());
            for (Verdict v : Verdict.values()) {
                g.writeNumberField(v.name().toLowerCase(java.util.Locale.ROOT), report.count(v));
            }
            g.writeStringField("worst", report.worst().name());
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileReport file : report.files()) {
                writeFile(g, file, report);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** The risk model's label, legal reasons, labels found in the file and small cells (docs/risk.md). */
    private static void writeRisk(JsonGenerator g, org.airlock.assess.Risk risk) throws IOException {
        g.writeObjectFieldStart("label");
        g.writeStringField("scheme", risk.scheme().id());
        g.writeStringField("level", risk.level().name());
        g.writeStringField("marking", risk.label());
        g.writeEndObject();
        g.writeArrayFieldStart("legalReasons");
        for (String reason : risk.legalReasons()) {
            g.writeString(reason);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("labelsFound");
        for (org.airlock.assess.FoundLabel found : risk.foundLabels()) {
            g.writeStartObject();
            g.writeStringField("name", found.name());
            g.writeStringField("id", found.label().id());
            g.writeStringField("level", found.level() == null ? null : found.level().name());
            g.writeBooleanField("enabled", found.label().enabled());
            g.writeStringField("method", found.label().method());
            g.writeStringField("siteId", found.label().siteId());
            g.writeStringField("source", found.label().source().describe());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("smallCells");
        for (org.airlock.table.SmallCell cell : risk.smallCells()) {
            g.writeStartObject();
            g.writeStringField("cell", cell.reference());
            g.writeNumberField("count", cell.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (risk.smallCellCount() > risk.smallCells().size()) {
            g.writeNumberField("unlistedSmallCells", risk.smallCellCount() - risk.smallCells().size());
        }
        if (risk.publishablePeople() > 0) {
            g.writeNumberField("publishablePeople", risk.publishablePeople());
        }
    }

    private static void writeFile(JsonGenerator g, FileReport file, ScanReport report) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", file.file());
        g.writeNumberField("bytes", file.bytes());
        g.writeStringField("type", file.type().type().name());
        g.writeStringField("mediaType", file.type().mediaType());
        if (!file.type().note().isEmpty()) {
            g.writeStringField("typeNote", file.type().note());
        }
        g.writeStringField("verdict", file.verdict().name());
        g.writeNumberField("persons", file.persons());
        g.writeArrayFieldStart("categories");
        for (Category c : file.categories().stream().sorted().toList()) {
            g.writeString(c.name());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reasons");
        for (String reason : file.reasons()) {
            g.writeString(reason);
        }
        g.writeEndArray();
        writeRisk(g, file.assessment().risk());
        g.writeArrayFieldStart("records");
        for (PersonRecords r : file.records()) {
            g.writeStartObject();
            g.writeStringField("location", r.location().describe());
            g.writeStringField("visibility", r.visibility().name());
            g.writeNumberField("records", r.records());
            g.writeArrayFieldStart("categories");
            for (Category c : r.categories().stream().sorted().toList()) {
                g.writeString(c.name());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : file.findings()) {
            g.writeStartObject();
            g.writeStringField("type", f.type().id());
            g.writeStringField("category", f.category().name());
            g.writeStringField("location", f.location().describe());
            g.writeStringField("visibility", f.visibility().name());
            g.writeBooleanField("hidden", f.visibility().hidden());
            g.writeStringField("confidence", f.confidence().name());
            g.writeNumberField("count", f.count());
            g.writeStringField("evidence", report.evidence(f));
            g.writeStringField("explanation", f.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (file.unlistedFindings() > 0) {
            g.writeNumberField("unlistedFindings", file.unlistedFindings());
        }
        g.writeArrayFieldStart("hiddenContent");
        for (HiddenPlace h : file.hiddenPlaces()) {
            g.writeStartObject();
            g.writeStringField("kind", h.kind().name());
            g.writeStringField("description", h.kind().description());
            g.writeStringField("location", h.location().describe());
            g.writeNumberField("count", h.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (file.unlistedHiddenPlaces() > 0) {
            g.writeNumberField("unlistedHiddenContent", file.unlistedHiddenPlaces());
        }
        g.writeArrayFieldStart("notInspected");
        for (InspectionFailure f : file.notInspected()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().name());
            g.writeStringField("location", f.location().describe());
            g.writeStringField("reason", f.describe());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!file.fingerprintMatches().isEmpty()) {
            // Record ids are the registry's keys, not personal data by themselves (docs/fingerprints.md).
            g.writeArrayFieldStart("fingerprintMatches");
            for (org.airlock.fingerprint.FingerprintMatch m : file.fingerprintMatches()) {
                g.writeStartObject();
                g.writeStringField("recordId", m.recordId());
                g.writeArrayFieldStart("fields");
                for (String field : m.fields()) {
                    g.writeString(field);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("locations");
                for (org.airlock.extract.Location l : m.locations()) {
                    g.writeString(l.describe());
                }
                g.writeEndArray();
                if (m.canary()) {
                    g.writeStringField("canaryExtract", m.canaryExtract());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeNumberField("cells", file.cells());
        g.writeNumberField("millis", file.millis());
        g.writeEndObject();
    }
}
