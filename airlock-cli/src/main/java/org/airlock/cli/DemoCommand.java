package org.airlock.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.generator.Scenario;
import org.airlock.report.ReportFormat;
import org.airlock.report.ReportWriter;
import org.airlock.report.ScanReport;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.scan.Scanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code airlock demo}: the main job on the embedded defaults. Builds a local web root of files
 * bound for publication (synthetic: two ICE/Home Office-style leaks, a hidden pivot cache, an
 * encrypted workbook and harmless statistics), scans it with the default policy, writes the JSON
 * and SARIF reports beside it, and checks every verdict came out as it must.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Builds a sample web root of synthetic files bound for publication, scans it with the",
            "default policy, prints the report and writes JSON and SARIF reports. Exit 0 when every leak is",
            "stopped and every harmless file passes."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--dir", defaultValue = "airlock-demo", description = "Where to build the demo (default: ${DEFAULT-VALUE}).")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path webroot = Files.createDirectories(dir.resolve("webroot").resolve("statistics"));
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Map<String, Scenario> site = new LinkedHashMap<>();
        site.put("detention-statistics-fy2023.xlsx", Scenario.AGGREGATE);
        site.put("detention-statistics-update.xlsx", Scenario.ICE_VERY_HIDDEN);
        site.put("family-returns-q3.xlsx", Scenario.HOME_OFFICE);
        site.put("case-summary-pivot.xlsx", Scenario.PIVOT_CACHE);
        site.put("budget-fy2024.xlsx", Scenario.BUDGET);
        site.put("facility-list.xlsx", Scenario.FACILITIES);
        site.put("board-pack.xlsx", Scenario.ENCRYPTED);
        site.put("press-release-q2.docx", Scenario.DOCX_CLEAN);
        site.put("press-release-q3.docx", Scenario.DOCX_TRACKED_DELETION);
        site.put("minister-briefing.pptx", Scenario.PPTX_SPEAKER_NOTES);
        for (Map.Entry<String, Scenario> page : site.entrySet()) {
            Path written = page.getValue().write(staging, 2022);
            Files.move(written, webroot.resolve(page.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(staging);
        out.printf("Built %s with %d files bound for the website. Scanning with the default policy...%n%n", webroot, site.size());
        out.flush();

        Inspector inspector = new Inspector(Policy.defaults(), LocalDate.now());
        List<FileReport> reports = new Scanner(inspector, Runtime.getRuntime().availableProcessors())
                .scan(Scanner.targets(List.of(webroot)), r -> { });
        ScanReport report = new ScanReport(Version.current(), Policy.defaults().name(), false, reports);
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        ReportWriter.of(ReportFormat.TEXT).write(report, text);
        out.print(text.toString(java.nio.charset.StandardCharsets.UTF_8));
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF)) {
            Path file = dir.resolve("report." + format.name().toLowerCase(java.util.Locale.ROOT));
            try (OutputStream stream = Files.newOutputStream(file)) {
                ReportWriter.of(format).write(report, stream);
            }
            out.printf("Wrote %s%n", file);
        }
        int wrong = 0;
        for (FileReport file : reports) {
            Scenario scenario = site.get(Path.of(file.file()).getFileName().toString());
            boolean stopped = file.verdict() != Verdict.PASS;
            if (scenario != null && stopped != scenario.leak()) {
                wrong++;
                out.printf("UNEXPECTED: %s is %s but should %s%n", file.file(), file.verdict(), scenario.leak() ? "be stopped" : "pass");
            }
        }
        out.printf("%nThe gate stopped %d of %d files and passed %d; %s%n", report.count(Verdict.BLOCK) + report.count(Verdict.REVIEW),
                reports.size(), report.count(Verdict.PASS), wrong == 0 ? "every verdict is as expected." : wrong + " verdict(s) are wrong.");
        out.flush();
        return wrong == 0 ? ExitCodes.PASS : ExitCodes.INTERNAL_ERROR;
    }
}
