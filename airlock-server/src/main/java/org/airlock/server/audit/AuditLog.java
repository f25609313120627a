package org.airlock.server.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, hash-chained audit log. This class only ever inserts into {@code audit_entry};
 * nothing in Airlock updates or deletes a row. Appends are serialised in this process and each
 * commits on its own, so the chain never forks (one server instance writes the log).
 */
@Service
public class AuditLog {

    private static final String COLUMNS = "seq, occurred_at, actor, action, outcome, submission_id, detail, prev_hash, entry_hash";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records an action that was carried out. */
    public AuditEntry record(String actor, AuditAction action, Long submissionId, String detail) {
        return append(actor, action, "OK", submissionId, detail);
    }

    /** Records a request that was refused. */
    public AuditEntry refused(String actor, AuditAction action, Long submissionId, String detail) {
        return append(actor, action, "REFUSED", submissionId, detail);
    }

    private synchronized AuditEntry append(String actor, AuditAction action, String outcome, Long submissionId, String detail) {
        return ownTransaction.execute(status -> {
            List<AuditEntry> last = jdbc.sql("select " + COLUMNS + " from audit_entry order by seq desc limit 1")
                    .query(AuditLog::map).list();
            long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
            String prev = last.isEmpty() ? AuditEntry.GENESIS : last.get(0).entryHash();
            AuditEntry draft = new AuditEntry(seq, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                    actor == null ? "anonymous" : actor, action.name(), outcome, submissionId,
                    detail == null ? "" : truncate(detail), prev, "");
            AuditEntry entry = new AuditEntry(draft.seq(), draft.occurredAt(), draft.actor(), draft.action(), draft.outcome(),
                    draft.submissionId(), draft.detail(), draft.prevHash(), draft.computeHash());
            jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(), entry.outcome(),
                            entry.submissionId(), entry.detail(), entry.prevHash(), entry.entryHash())
                    .update();
            return entry;
        });
    }

    private static String truncate(String detail) {
        return detail.length() <= 4000 ? detail : detail.substring(0, 3990) + "…";
    }

    /** Checks every entry against its content and its predecessor, in storage order of seq. */
    public ChainVerification verify() {
        long[] count = {0};
        String[] expectedPrev = {AuditEntry.GENESIS};
        ChainVerification[] bad = {null};
        forEach(entry -> {
            if (bad[0] != null) {
                return;
            }
            count[0]++;
            String problem = null;
            if (entry.seq() != count[0]) {
                problem = "expected entry " + count[0] + " here: an entry was removed or reordered";
            } else if (!entry.prevHash().equals(expectedPrev[0])) {
                problem = "does not follow the previous entry: an entry was removed, inserted or reordered";
            } else if (!entry.entryHash().equals(entry.computeHash())) {
                problem = "content does not match its hash: the entry was altered";
            }
            if (problem != null) {
                bad[0] = new ChainVerification(false, 0, entry.seq(), problem, null);
            }
            expectedPrev[0] = entry.computeHash();
        });
        if (bad[0] != null) {
            long total = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
            return new ChainVerification(false, total, bad[0].firstBadEntry(), bad[0].problem(), null);
        }
        return new ChainVerification(true, count[0], null, null, count[0] == 0 ? AuditEntry.GENESIS : expectedPrev[0]);
    }

    /** Streams every entry in order of seq. */
    public void forEach(Consumer<AuditEntry> consumer) {
        try (var entries = jdbc.sql("select " + COLUMNS + " from audit_entry order by seq").query(AuditLog::map).stream()) {
            entries.forEach(consumer);
        }
    }

    /** Entries about one submission, oldest first. */
    public List<AuditEntry> forSubmission(long submissionId) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where submission_id = ? order by seq")
                .param(submissionId).query(AuditLog::map).list();
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long submission = rs.getLong("submission_id");
        Long submissionOrNull = rs.wasNull() ? null : submission; // before any other column is read
        return new AuditEntry(rs.getLong("seq"), rs.getString("occurred_at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("outcome"), submissionOrNull, rs.getString("detail"), rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }
}
