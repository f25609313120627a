package org.airlock.server.submission;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.system.AirlockProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the encrypted uploads of REJECTED and WITHDRAWN submissions once they are older than
 * {@code airlock.retention.days}: a gate that keeps every rejected leak for ever becomes a store of
 * leaks. The masked results and the audit log stay. Uploads of published submissions are kept,
 * because the next release at the same path is compared with them.
 */
@Component
public class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final SubmissionRepository submissions;
    private final EncryptedFileStore store;
    private final AuditLog audit;
    private final int days;

    public RetentionPurge(SubmissionRepository submissions, EncryptedFileStore store, AuditLog audit, AirlockProperties properties) {
        this.submissions = submissions;
        this.store = store;
        this.audit = audit;
        this.days = properties.retention().days();
    }

    /** Runs hourly; returns how many files were purged. */
    @Scheduled(fixedDelayString = "${airlock.retention.purge-millis:3600000}", initialDelayString = "${airlock.retention.purge-millis:3600000}")
    public int purge() {
        if (days <= 0) {
            return 0;
        }
        return purgeOlderThan(OffsetDateTime.now(ZoneOffset.UTC).minusDays(days));
    }

    /** Purges the stored files of finished submissions last changed before the cut-off. */
    public int purgeOlderThan(OffsetDateTime cutoff) {
        Map<Long, Integer> perSubmission = new LinkedHashMap<>();
        List<SubmissionFile> files = submissions.purgeable(cutoff);
        for (SubmissionFile file : files) {
            try {
                store.delete(file.storageKey());
                submissions.markPurged(file.id());
                perSubmission.merge(file.submissionId(), 1, Integer::sum);
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not purge a stored file of submission {}: {}", file.submissionId(), e.getClass().getSimpleName());
            }
        }
        perSubmission.forEach((id, n) -> audit.record("airlock", AuditAction.PURGE, id,
                n + " stored file(s) deleted after " + days + " days of retention"));
        return perSubmission.values().stream().mapToInt(Integer::intValue).sum();
    }
}
