package org.airlock.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.airlock.detect.Category;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;

/**
 * One row per finding (and one row for a file without findings), for spreadsheets and SIEM
 * imports. Columns: file, verdict, persons, categories, type, category, location, visibility,
 * confidence, count, evidence, reasons, label (the computed marking), labels_found (names or ids of
 * the sensitivity labels the file carries), small_cells ({@code Sheet!D7=1}, the first few).
 */
public final class CsvReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public void write(ScanReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord("file", "verdict", "persons", "categories", "type", "category", "location", "visibility",
                "confidence", "count", "evidence", "reasons", "label", "labels_found", "small_cells");
        for (FileReport file : report.files()) {
            String categories = file.categories().stream().sorted().map(Category::name).collect(Collectors.joining(" "));
            String reasons = String.join(" ", file.reasons());
            var risk = file.assessment().risk();
            String label = risk.label();
            String labelsFound = risk.foundLabels().stream().map(l -> l.name().isEmpty() ? l.label().id() : l.name())
                    .collect(Collectors.joining(" | "));
            String smallCells = risk.smallCells().stream().limit(20).map(c -> c.reference() + "=" + c.count())
                    .collect(Collectors.joining(" "));
            if (file.findings().isEmpty()) {
                csv.writeRecord(file.file(), file.verdict().name(), Long.toString(file.persons()), categories,
                        "", "", "", "", "", "", "", reasons, label, labelsFound, smallCells);
            }
            for (Finding f : file.findings()) {
                csv.writeRecord(file.file(), file.verdict().name(), Long.toString(file.persons()), categories,
                        f.type().id(), f.category().name(), f.location().describe(), f.visibility().name(),
                        f.confidence().name(), Long.toString(f.count()), report.evidence(f), reasons, label, labelsFound, smallCells);
            }
        }
        csv.flush();
        writer.flush();
    }
}
