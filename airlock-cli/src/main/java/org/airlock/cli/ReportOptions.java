package org.airlock.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.assess.Policy;
import org.airlock.assess.PolicyLoader;
import org.airlock.report.ReportFormat;
import org.airlock.report.ReportWriter;
import org.airlock.report.ScanReport;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The report and policy options every inspecting command shares ({@code scan}, {@code crawl}), and writing the report. */
final class ReportOptions {

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (a repeated crawl rewrites it).")
    Path output;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy YAML (see docs/policy.md); built-in defaults otherwise.")
    Path policyFile;

    @Option(names = "--unmask", description = "Show evidence in clear. For privacy officers; the report says it is unmasked.")
    boolean unmask;

    Policy policy() throws PolicyLoader.PolicyException {
        return policyFile == null ? Policy.defaults() : PolicyLoader.load(policyFile);
    }

    /** Says on standard error that evidence is unmasked, when it is. */
    void warnIfUnmasked(CommandLine.Model.CommandSpec spec) {
        if (unmask) {
            spec.commandLine().getErr().println("airlock: evidence is shown unmasked at your request; handle this report as personal data.");
        }
    }

    /**
     * Writes the report to the output file, or through picocli's writer (so tests and embedding
     * programs capture it). Returns the file written, or null for standard output.
     */
    Path write(ScanReport report, CommandLine.Model.CommandSpec spec) throws IOException {
        ReportWriter writer = ReportWriter.of(format);
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            writer.write(report, buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return null;
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            writer.write(report, out);
        }
        return output;
    }
}
