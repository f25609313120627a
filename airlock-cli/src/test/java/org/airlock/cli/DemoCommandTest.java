package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demoStopsEveryLeakAndPassesEveryHarmlessFile(@TempDir Path dir) {
        CommandLine line = AirlockCommand.commandLine();
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(new StringWriter()));
        int code = line.execute("demo", "--dir", dir.toString());
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("every verdict is as expected").contains("5 BLOCK, 1 REVIEW, 4 PASS");
        assertThat(Files.exists(dir.resolve("report.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("report.sarif"))).isTrue();
    }
}
