package org.airlock.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.report.ScanReport;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.scan.ScanTarget;
import org.airlock.scan.Scanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airlock scan PATH...}: inspect files and directories and report a verdict for each. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Inspects files (directories recursively) for personal data, hidden or not, and gives each",
            "a verdict: PASS, REVIEW (sign-off required) or BLOCK. Types are told by content, not by name."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file PASS",
            "1:internal error",
            "2:usage error (bad option, missing file, bad policy)",
            "3:at least one file is REVIEW or BLOCK (a file that could not be inspected is REVIEW)"})
final class ScanCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to scan.")
    List<Path> paths;

    @picocli.CommandLine.Mixin
    ReportOptions reporting = new ReportOptions();

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Files inspected at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Never show the progress bar.")
    boolean noProgress;

    @picocli.CommandLine.Mixin
    FingerprintOptions fingerprints = new FingerprintOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Policy policy = reporting.policy();
        if (threads < 1) {
            throw new ExitCodes.UsageException("--threads must be 1 or more");
        }
        List<ScanTarget> targets = Scanner.targets(paths);
        Scanner scanner = new Scanner(new Inspector(policy, LocalDate.now(), fingerprints.matcher()), threads);
        List<FileReport> reports;
        boolean showProgress = !noProgress && System.console() != null && targets.size() > 1;
        if (showProgress) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("scan").setInitialMax(targets.size())
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUnit(" files", 1).build()) {
                reports = scanner.scan(targets, r -> bar.step());
            }
        } else {
            reports = scanner.scan(targets, r -> { });
        }
        reporting.warnIfUnmasked(spec);
        ScanReport report = new ScanReport(Version.current(), policy.name(), reporting.unmask, reports);
        Path written = reporting.write(report, spec);
        if (written != null) {
            spec.commandLine().getErr().printf("airlock: %d file(s): %d BLOCK, %d REVIEW, %d PASS; report written to %s%n",
                    reports.size(), report.count(Verdict.BLOCK), report.count(Verdict.REVIEW), report.count(Verdict.PASS), written);
        }
        return report.worst() == Verdict.PASS ? ExitCodes.PASS : ExitCodes.NEEDS_ATTENTION;
    }
}
