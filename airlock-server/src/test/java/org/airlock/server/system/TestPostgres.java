package org.airlock.server.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL on this machine for tests: always 127.0.0.1:5432 (never another host), database
 * {@code airlock_test} (created by scripts/ensure-postgres.sh), user {@code postgres} or
 * {@code root} with trust authentication. Each test gets its own fresh schema. When the server
 * cannot be reached the test is skipped with the reason, unless {@code AIRLOCK_REQUIRE_POSTGRES=1}
 * (set by CI), which makes it fail instead.
 */
public final class TestPostgres {

    private static final String BASE = "jdbc:postgresql://127.0.0.1:5432/";

    private TestPostgres() {
    }

    /** A reachable server's connection settings with a fresh schema. */
    public record Schema(String url, String user, String schema) {
    }

    /** The database name, overridable (the host is not). */
    public static String database() {
        String db = System.getenv("AIRLOCK_TEST_PG_DATABASE");
        return db == null || db.isBlank() ? "airlock_test" : db;
    }

    /** Drops a schema made by {@link #freshSchema()} and everything in it. */
    public static void drop(Schema schema) {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(BASE + database(), schema.user(), "");
             Statement st = c.createStatement()) {
            st.execute("drop schema if exists " + schema.schema() + " cascade");
        } catch (SQLException e) {
            // Leaving a schema behind is untidy, not wrong; the next run uses a new one.
        }
    }

    /** Creates a fresh schema, or skips (fails under CI) when PostgreSQL is unreachable. */
    public static Schema freshSchema() {
        String reason = null;
        for (String user : new String[] {"postgres", "root"}) {
            try (Connection c = DriverManager.getConnection(BASE + database() + "?connectTimeout=3", user, "");
                 Statement st = c.createStatement()) {
                String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
                st.execute("create schema " + schema);
                return new Schema(BASE + database() + "?currentSchema=" + schema, user, schema);
            } catch (SQLException e) {
                reason = e.getClass().getSimpleName() + " (" + e.getSQLState() + ")";
            }
        }
        String message = "PostgreSQL not reachable at 127.0.0.1:5432/" + database() + ": " + reason
                + "; run scripts/ensure-postgres.sh";
        if ("1".equals(System.getenv("AIRLOCK_REQUIRE_POSTGRES"))) {
            Assertions.fail(message);
        }
        Assumptions.abort(message + " - PostgreSQL tests skipped");
        throw new AssertionError("unreachable");
    }
}
