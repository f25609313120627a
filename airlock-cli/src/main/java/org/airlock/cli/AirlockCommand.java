package org.airlock.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code airlock} command. Exit codes are the same for every subcommand and are listed in
 * {@code --help}; {@link ExitCodes} maps exceptions onto them in one place.
 */
@Command(name = "airlock",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Stops personal data from leaving through the public website.",
        subcommands = {ScanCommand.class, CrawlCommand.class, FingerprintCommand.class, WatchCommand.class, GenerateCommand.class, BenchCommand.class,
            DemoCommand.class, ServeCommand.class, UsersCommand.class, DetectorsCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file PASS",
            "1:internal error",
            "2:usage error (bad option, missing file, bad policy)",
            "3:at least one file is REVIEW or BLOCK (a file that could not be inspected is REVIEW)"})
public final class AirlockCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line, as {@link #main} runs it and tests call it. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new AirlockCommand());
        line.setExitCodeExceptionMapper(new ExitCodes());
        line.setExecutionExceptionHandler(new ExitCodes());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
