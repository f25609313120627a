package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve command's arguments; the server itself is tested in airlock-server. */
class ServeCommandTest {

    @Test
    void aStrayArgumentIsAUsageErrorAndNothingStarts() {
        StringWriter err = new StringWriter();
        CommandLine line = AirlockCommand.commandLine();
        line.setErr(new PrintWriter(err));
        assertThat(line.execute("serve", "--port", "0", "postgres")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--name=value");
    }

    @Test
    void helpListsTheOptions() {
        StringWriter out = new StringWriter();
        CommandLine line = AirlockCommand.commandLine();
        line.setOut(new PrintWriter(out));
        assertThat(line.execute("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--data").contains("--demo");
    }
}
