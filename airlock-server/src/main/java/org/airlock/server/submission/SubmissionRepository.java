package org.airlock.server.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Submissions and their files. State changes are conditional updates ({@code where state = ?}), so
 * two workers or two reviewers racing on one submission cannot both win.
 *
 * <p>Plain SQL through Spring's {@code JdbcClient} rather than Spring Data JDBC or JPA: the gate's
 * writes are state transitions that must be compare-and-set, and the audit table must only ever be
 * inserted into; both are explicit in SQL, whereas an aggregate or entity save rewrites whole rows
 * (and Spring Data JDBC deletes and re-inserts child rows). The SQL is portable between H2 and
 * PostgreSQL, and the same Flyway migrations create both.
 */
@Repository
public class SubmissionRepository {

    private static final String SUBMISSION = "select id, submitter, state, verdict, persons, created_at, updated_at, "
            + "decided_by, decision, justification, decided_at from submission";
    private static final String FILE = "select id, submission_id, position, target_path, original_name, size_bytes, "
            + "sha256, storage_key, verdict, persons, result_json from submission_file";

    private final JdbcClient jdbc;

    public SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(String submitter) {
        OffsetDateTime now = now();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into submission (submitter, state, created_at, updated_at) values (?, ?, ?, ?)")
                .params(submitter, SubmissionState.RECEIVED.name(), now, now).update(key, "id");
        return key.getKey().longValue();
    }

    public void addFile(long submissionId, int position, String target, String originalName, long size, String sha256,
                        String storageKey) {
        jdbc.sql("insert into submission_file (submission_id, position, target_path, original_name, size_bytes, sha256, "
                        + "storage_key) values (?, ?, ?, ?, ?, ?, ?)")
                .params(submissionId, position, target, originalName, size, sha256, storageKey).update();
    }

    public Optional<Submission> find(long id) {
        return jdbc.sql(SUBMISSION + " where id = ?").param(id).query(SubmissionRepository::submission).optional();
    }

    public List<Submission> list(String submitterOrNull, int limit) {
        if (submitterOrNull == null) {
            return jdbc.sql(SUBMISSION + " order by id desc limit ?").param(limit).query(SubmissionRepository::submission).list();
        }
        return jdbc.sql(SUBMISSION + " where submitter = ? order by id desc limit ?").params(submitterOrNull, limit)
                .query(SubmissionRepository::submission).list();
    }

    public List<Long> idsInState(SubmissionState state) {
        return jdbc.sql("select id from submission where state = ? order by id").param(state.name()).query(Long.class).list();
    }

    public List<SubmissionFile> files(long submissionId) {
        return jdbc.sql(FILE + " where submission_id = ? order by position").param(submissionId)
                .query(SubmissionRepository::file).list();
    }

    /** The file published now at this target path, if any (the newest PUBLISHED submission holding it). */
    public Optional<SubmissionFile> publishedAt(String targetPath) {
        return jdbc.sql(FILE + " where target_path = ? and submission_id in (select id from submission where state = ?) "
                        + "order by submission_id desc limit 1")
                .params(targetPath, SubmissionState.PUBLISHED.name()).query(SubmissionRepository::file).optional();
    }

    /** Moves the submission from one state to another; false if it was no longer in {@code from}. */
    public boolean transition(long id, SubmissionState from, SubmissionState to) {
        return jdbc.sql("update submission set state = ?, updated_at = ? where id = ? and state = ?")
                .params(to.name(), now(), id, from.name()).update() == 1;
    }

    /** Resets submissions a stopped server left half-inspected, so they are inspected again. */
    public int resetInterrupted() {
        return jdbc.sql("update submission set state = ?, updated_at = ? where state = ?")
                .params(SubmissionState.RECEIVED.name(), now(), SubmissionState.INSPECTING.name()).update();
    }

    public void storeResult(long fileId, String verdict, long persons, String resultJson) {
        jdbc.sql("update submission_file set verdict = ?, persons = ?, result_json = ? where id = ?")
                .params(verdict, persons, resultJson, fileId).update();
    }

    /** Records the routed state and overall verdict after inspection; false if no longer INSPECTING. */
    public boolean finishInspection(long id, SubmissionState to, String verdict, long persons) {
        return jdbc.sql("update submission set state = ?, verdict = ?, persons = ?, updated_at = ? where id = ? and state = ?")
                .params(to.name(), verdict, persons, now(), id, SubmissionState.INSPECTING.name()).update() == 1;
    }

    /** Records a sign-off or rejection; false if the submission was no longer in {@code from}. */
    public boolean decide(long id, SubmissionState from, SubmissionState to, String who, String justification) {
        OffsetDateTime now = now();
        return jdbc.sql("update submission set state = ?, decided_by = ?, decision = ?, justification = ?, decided_at = ?, "
                        + "updated_at = ? where id = ? and state = ?")
                .params(to.name(), who, to.name(), justification, now, now, id, from.name()).update() == 1;
    }

    /** Files of REJECTED or WITHDRAWN submissions last changed before the cut-off, not yet purged. */
    public List<SubmissionFile> purgeable(OffsetDateTime cutoff) {
        return jdbc.sql(FILE + " where purged_at is null and submission_id in (select id from submission "
                        + "where state in (?, ?) and updated_at < ?) order by submission_id, position")
                .params(SubmissionState.REJECTED.name(), SubmissionState.WITHDRAWN.name(), cutoff)
                .query(SubmissionRepository::file).list();
    }

    public void markPurged(long fileId) {
        jdbc.sql("update submission_file set purged_at = ? where id = ?").params(now(), fileId).update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Submission submission(ResultSet rs, int row) throws SQLException {
        long persons = rs.getLong("persons");
        Long personsOrNull = rs.wasNull() ? null : persons;
        return new Submission(rs.getLong("id"), rs.getString("submitter"), SubmissionState.valueOf(rs.getString("state")),
                rs.getString("verdict"), personsOrNull, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("decided_by"), rs.getString("decision"),
                rs.getString("justification"), rs.getObject("decided_at", OffsetDateTime.class));
    }

    private static SubmissionFile file(ResultSet rs, int row) throws SQLException {
        long persons = rs.getLong("persons");
        Long personsOrNull = rs.wasNull() ? null : persons;
        return new SubmissionFile(rs.getLong("id"), rs.getLong("submission_id"), rs.getInt("position"),
                rs.getString("target_path"), rs.getString("original_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("storage_key"), rs.getString("verdict"), personsOrNull, rs.getString("result_json"));
    }
}
