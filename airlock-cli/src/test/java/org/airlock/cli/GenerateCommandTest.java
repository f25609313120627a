package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = AirlockCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    @Test
    void listsScenariosWithWhatAirlockMustDo() {
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "generate", "--list")).isZero();
        assertThat(out.toString()).contains("ice-very-hidden").contains("stop").contains("aggregate").contains("pass");
    }

    @Test
    void writesTheScenariosAskedFor() {
        StringWriter out = new StringWriter();
        int code = run(out, new StringWriter(), "generate", "home-office", "budget", "-n", "12", "-o", dir.toString());
        assertThat(code).isZero();
        assertThat(Files.exists(dir.resolve("home-office.xlsx"))).isTrue();
        assertThat(Files.exists(dir.resolve("budget.xlsx"))).isTrue();
    }

    @Test
    void unknownScenarioIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "generate", "no-such-scenario", "-o", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-scenario");
    }
}
