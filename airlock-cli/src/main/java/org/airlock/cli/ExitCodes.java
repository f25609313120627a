package org.airlock.cli;

import java.nio.file.NoSuchFileException;
import org.airlock.assess.PolicyLoader;
import picocli.CommandLine;

/**
 * The one place where exceptions become exit codes: a missing file or a bad policy is a usage
 * error (2), anything else an internal error (1). Messages name the problem, never file content.
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper, CommandLine.IExecutionExceptionHandler {

    static final int PASS = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int NEEDS_ATTENTION = 3;

    @Override
    public int getExitCode(Throwable exception) {
        return isUsage(exception) ? USAGE : INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (isUsage(exception)) {
            commandLine.getErr().println("airlock: " + message(exception));
            return USAGE;
        }
        commandLine.getErr().println("airlock: internal error: " + exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage()));
        if (Boolean.getBoolean("airlock.debug")) {
            exception.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("airlock: run with JAVA_OPTS=-Dairlock.debug=true for the stack trace.");
        }
        return INTERNAL_ERROR;
    }

    private static boolean isUsage(Throwable e) {
        return e instanceof NoSuchFileException || e instanceof PolicyLoader.PolicyException
                || e instanceof CommandLine.ParameterException || e instanceof UsageException;
    }

    private static String message(Throwable e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or directory";
        }
        return e.getMessage();
    }

    /** A usage problem found after parsing (for example an unknown scenario id). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
