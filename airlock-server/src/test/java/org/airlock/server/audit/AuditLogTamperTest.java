package org.airlock.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javax.sql.DataSource;
import org.airlock.server.system.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Tampering with the audit table directly in the database (as someone with database access would)
 * is detected: an altered, removed, reordered or inserted entry. Runs on H2 and PostgreSQL with the
 * real migrations.
 */
class AuditLogTamperTest {

    @TempDir
    static java.nio.file.Path dir;

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private record Db(JdbcClient jdbc, AuditLog log) {
    }

    private TestPostgres.Schema schema;

    @org.junit.jupiter.api.AfterEach
    void dropSchema() {
        TestPostgres.drop(schema);
    }

    private Db open(String kind) {
        DriverManagerDataSource ds;
        if (kind.equals("h2")) {
            ds = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("audit-" + System.nanoTime()).toAbsolutePath(), "sa", "");
        } else {
            schema = TestPostgres.freshSchema();
            ds = new DriverManagerDataSource(schema.url(), schema.user(), "");
        }
        migrate(ds);
        JdbcClient jdbc = JdbcClient.create(ds);
        AuditLog log = new AuditLog(jdbc, new DataSourceTransactionManager(ds));
        for (int i = 1; i <= 4; i++) {
            log.record("publisher", AuditAction.SUBMIT, (long) i, "submission " + i);
        }
        log.refused("anonymous", AuditAction.LOGIN_FAILURE, null, "login failed for user name 'x'");
        return new Db(jdbc, log);
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void untouchedLogVerifies(String kind) {
        Db db = open(kind);
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.firstBadEntry()).isNull();
        assertThat(v.lastHash()).hasSize(64);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void alteredEntryIsDetected(String kind) {
        Db db = open(kind);
        db.jdbc().sql("update audit_entry set actor = 'someone-else' where seq = 3").update();
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(3);
        assertThat(v.problem()).contains("altered");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void alteredEntryWithRecomputedOwnHashBreaksTheNextLink(String kind) {
        Db db = open(kind);
        AuditEntry third = entry(db, 3);
        AuditEntry forged = new AuditEntry(3, third.occurredAt(), third.actor(), "PUBLISH", third.outcome(), third.submissionId(),
                third.detail(), third.prevHash(), "");
        db.jdbc().sql("update audit_entry set action = ?, entry_hash = ? where seq = 3")
                .params("PUBLISH", forged.computeHash()).update();
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void removedEntryIsDetected(String kind) {
        Db db = open(kind);
        db.jdbc().sql("delete from audit_entry where seq = 2").update();
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(3);
        assertThat(v.entries()).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void removedAndRenumberedEntryIsDetected(String kind) {
        Db db = open(kind);
        db.jdbc().sql("delete from audit_entry where seq = 2").update();
        db.jdbc().sql("update audit_entry set seq = seq - 1 where seq > 2").update();
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reorderedEntriesAreDetected(String kind) {
        Db db = open(kind);
        db.jdbc().sql("update audit_entry set seq = 100 where seq = 2").update();
        db.jdbc().sql("update audit_entry set seq = 2 where seq = 4").update();
        db.jdbc().sql("update audit_entry set seq = 4 where seq = 100").update();
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBadEntry()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void appendingAfterVerificationKeepsTheChainValid(String kind) {
        Db db = open(kind);
        db.log().refused("auditor", AuditAction.REFUSED, null, "role not allowed");
        ChainVerification v = db.log().verify();
        assertThat(v.valid()).isTrue();
        assertThat(v.entries()).isEqualTo(6);
        assertThat(entry(db, 6).prevHash()).isEqualTo(entry(db, 5).entryHash());
    }

    private static AuditEntry entry(Db db, long seq) {
        AuditEntry[] found = {null};
        db.log().forEach(e -> {
            if (e.seq() == seq) {
                found[0] = e;
            }
        });
        return found[0];
    }
}
