package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;

/** {@code airlock users} against a fresh data directory: the server's own H2 file and migrations. */
class UsersCommandTest {

    @TempDir
    Path data;

    private final InputStream originalIn = System.in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine line = AirlockCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void addsListsAndDisablesUsersOnTheAuditChain() throws Exception {
        assertThat(run("a long enough password\n", "users", "add", "alice", "--role", "publisher,privacy-officer",
                "--password-stdin", "--data", data.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("created user 'alice' with roles publisher, privacy-officer");
        assertThat(run("", "users", "add", "bob", "-r", "APPROVER", "-r", "auditor", "--password-stdin", "--data", data.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("12 to 200 characters");
        assertThat(run("bob's long password\n", "users", "add", "bob", "-r", "APPROVER", "-r", "auditor", "--password-stdin",
                "--data", data.toString())).as(err.toString()).isZero();

        // The password is stored as a bcrypt hash that the server's encoder accepts.
        String hash = query("select password_hash from app_user where username = 'alice'").get(0);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long enough password");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("a long enough password", hash)).isTrue();

        assertThat(run("", "users", "disable", "bob", "--data", data.toString())).as(err.toString()).isZero();
        assertThat(run("", "users", "list", "--data", data.toString())).isZero();
        assertThat(out.toString()).containsPattern("alice\\s+enabled\\s+publisher, privacy-officer")
                .containsPattern("bob\\s+disabled\\s+approver, auditor");

        List<String> audit = query("select actor || ' ' || action || ' ' || detail from audit_entry order by seq");
        String who = "cli:" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "?");
        assertThat(audit).containsExactly(
                who + " USER_CREATED user alice roles [PUBLISHER, PRIVACY_OFFICER]",
                who + " USER_CREATED user bob roles [APPROVER, AUDITOR]",
                who + " USER_DISABLED user bob");
        // The chain links: each entry's prev_hash is the previous entry's hash.
        List<String> links = query("select prev_hash || ' ' || entry_hash from audit_entry order by seq");
        for (int i = 1; i < links.size(); i++) {
            assertThat(links.get(i).split(" ")[0]).isEqualTo(links.get(i - 1).split(" ")[1]);
        }
    }

    @Test
    void refusesDuplicatesUnknownRolesAndMissingPasswordsWithClearErrors() throws Exception {
        assertThat(run("first password here\n", "users", "add", "carol", "-r", "admin", "--password-stdin",
                "--data", data.toString())).isZero();
        assertThat(run("second password here\n", "users", "add", "carol", "-r", "publisher", "--password-stdin",
                "--data", data.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("user 'carol' already exists");

        assertThat(run("a long enough password\n", "users", "add", "dave", "-r", "superuser", "--password-stdin",
                "--data", data.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown role 'superuser'").contains("privacy-officer");

        // No console in a test: the password is never taken from an argument.
        assertThat(run("", "users", "add", "erin", "-r", "publisher", "--data", data.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--password-stdin");

        assertThat(run("", "users", "disable", "nobody", "--data", data.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no user 'nobody'");

        assertThat(query("select username from app_user order by username")).containsExactly("carol");
        assertThat(query("select action from audit_entry")).containsExactly("USER_CREATED");
    }

    @Test
    void databaseSettingsArePassedOnAsForServe() throws Exception {
        Path elsewhere = data.resolve("elsewhere");
        String url = "--spring.datasource.url=jdbc:h2:file:" + elsewhere.resolve("gate");
        assertThat(run("a long enough password\n", "users", "add", "frank", "-r", "auditor", "--password-stdin",
                "--data", data.toString(), url)).as(err.toString()).isZero();
        assertThat(elsewhere.resolve("gate.mv.db")).exists();
        assertThat(data.resolve("db")).doesNotExist();
        assertThat(run("", "users", "list", "--data", data.toString(), url)).isZero();
        assertThat(out.toString()).containsPattern("frank\\s+enabled\\s+auditor");
        assertThat(run("", "users", "list", "--data", data.toString(), "stray")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--name=value");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/airlock"), "sa", "");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
