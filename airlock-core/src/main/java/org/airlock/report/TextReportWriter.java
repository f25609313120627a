package org.airlock.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;

/** The report a publisher reads in a terminal: each file's verdict, reasons and findings, then a summary. */
public final class TextReportWriter implements ReportWriter {

    private static final int MAX_FINDINGS_SHOWN = 40;

    @Override
    public ReportFormat format() {
        return ReportFormat.TEXT;
    }

    @Override
    public void write(ScanReport report, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        for (FileReport file : report.files()) {
            w.printf("%-6s %s%n", file.verdict(), file.file());
            w.printf("       type: %s%s%n", file.type().type().description(),
                    file.type().note().isEmpty() ? "" : " — note: " + file.type().note());
            w.printf("       persons exposed: %s%n", n.format(file.persons()));
            if (!file.categories().isEmpty()) {
                w.printf("       categories: %s%n", file.categories().stream().sorted().map(Category::name).collect(Collectors.joining(", ")));
            }
            var risk = file.assessment().risk();
            w.printf("       label: %s (%s scheme, level %s)%n", risk.label(), risk.scheme().id(), risk.level());
            for (var found : risk.foundLabels()) {
                w.printf("       label in file: %s%s%n", found.describe(), found.level() == null ? "" : ", level " + found.level());
            }
            w.println("       reasons:");
            for (String reason : file.reasons()) {
                w.println("         - " + reason);
            }
            if (!file.findings().isEmpty()) {
                w.println("       findings:");
                int shown = 0;
                for (Finding f : file.findings()) {
                    if (shown++ == MAX_FINDINGS_SHOWN) {
                        w.printf("         ... and %d more (use --format json for all)%n", file.findings().size() - MAX_FINDINGS_SHOWN);
                        break;
                    }
                    w.printf("         - %s at %s [%s] %s value%s, %s, e.g. %s%n", f.type().id(), f.location().describe(),
                            f.visibility().name().toLowerCase(Locale.ROOT).replace('_', ' '), n.format(f.count()),
                            f.count() == 1 ? "" : "s", f.confidence().name().toLowerCase(Locale.ROOT), report.evidence(f));
                }
            }
            if (file.unlistedFindings() > 0) {
                w.printf("       (%s further matches not listed: the finding cap was reached)%n", n.format(file.unlistedFindings()));
            }
            if (!file.hiddenPlaces().isEmpty()) {
                w.println("       hidden content:");
                for (HiddenPlace h : file.hiddenPlaces()) {
                    w.printf("         - %s: %s (%s)%n", h.kind().description(), h.location().describe(), n.format(h.count()));
                }
            }
            if (!risk.smallCells().isEmpty()) {
                w.println("       small cells:");
                risk.smallCells().stream().limit(MAX_FINDINGS_SHOWN)
                        .forEach(c -> w.printf("         - %s = %d%n", c.reference(), c.count()));
                if (risk.smallCellCount() > Math.min(MAX_FINDINGS_SHOWN, risk.smallCells().size())) {
                    w.printf("         ... %s small cells in all%n", n.format(risk.smallCellCount()));
                }
            }
            if (file.unlistedHiddenPlaces() > 0) {
                w.printf("         (%s further hiding places not listed)%n", n.format(file.unlistedHiddenPlaces()));
            }
            if (!file.notInspected().isEmpty()) {
                w.println("       not inspected:");
                for (InspectionFailure f : file.notInspected()) {
                    w.println("         - " + f.describe());
                }
            }
            w.println();
        }
        w.printf("%d file%s: %d BLOCK, %d REVIEW, %d PASS%s%n", report.files().size(), report.files().size() == 1 ? "" : "s",
                report.count(Verdict.BLOCK), report.count(Verdict.REVIEW), report.count(Verdict.PASS),
                report.unmasked() ? " — evidence shown UNMASKED" : "");
        w.flush();
    }
}
