package org.airlock.server.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airlock.scan.FileReport;
import org.airlock.server.policy.ActivePolicy;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.security.Role;
import org.airlock.server.submission.EncryptedFileStore;
import org.airlock.server.submission.InspectionService;
import org.airlock.server.submission.Submission;
import org.airlock.server.submission.SubmissionFile;
import org.airlock.server.submission.SubmissionRepository;
import org.airlock.server.submission.SubmissionService;
import org.airlock.server.submission.SubmissionState;
import org.airlock.server.submission.SubmissionView;
import org.airlock.server.system.AirlockProperties;
import org.airlock.server.system.GateException;
import org.springframework.stereotype.Service;

/**
 * Sign-off and rejection. Four eyes: nobody signs off a submission they made. AWAITING_SIGNOFF
 * may be signed off by an approver or a privacy officer; BLOCKED only by a privacy officer, and
 * only with a justification (every decision needs one).
 */
@Service
public class ReviewService {

    private final SubmissionRepository submissions;
    private final SubmissionService views;
    private final EncryptedFileStore store;
    private final ActivePolicy policy;
    private final AuditLog audit;
    private final Path tempDir;

    public ReviewService(SubmissionRepository submissions, SubmissionService views, EncryptedFileStore store,
                         ActivePolicy policy, AuditLog audit, AirlockProperties properties) {
        this.submissions = submissions;
        this.views = views;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.tempDir = properties.dataDir().resolve("tmp");
    }

    /** Signs the submission off: AWAITING_SIGNOFF or BLOCKED → APPROVED. */
    public SubmissionView signOff(long id, String justification) {
        Submission s = load(id);
        String me = CurrentUser.name();
        requireJustification(id, justification);
        if (s.submitter().equals(me)) {
            throw GateException.forbidden("four eyes: you cannot sign off a submission you made", id);
        }
        if (s.state() == SubmissionState.BLOCKED && !CurrentUser.has(Role.PRIVACY_OFFICER)) {
            throw GateException.forbidden("a blocked submission can only be overridden by a privacy officer", id);
        }
        if (s.state() != SubmissionState.AWAITING_SIGNOFF && s.state() != SubmissionState.BLOCKED) {
            throw GateException.conflict("submission " + id + " is " + s.state() + ", not awaiting sign-off", id);
        }
        if (!submissions.decide(id, s.state(), SubmissionState.APPROVED, me, justification.strip())) {
            throw GateException.conflict("submission " + id + " changed meanwhile; reload it", id);
        }
        audit.record(me, AuditAction.SIGN_OFF, id, (s.state() == SubmissionState.BLOCKED ? "override of BLOCKED" : "sign-off")
                + "; justification: " + justification.strip());
        return views.view(load(id));
    }

    /** Rejects the submission: PASSED, AWAITING_SIGNOFF or BLOCKED → REJECTED. */
    public SubmissionView reject(long id, String justification) {
        Submission s = load(id);
        String me = CurrentUser.name();
        requireJustification(id, justification);
        if (s.state() != SubmissionState.AWAITING_SIGNOFF && s.state() != SubmissionState.BLOCKED
                && s.state() != SubmissionState.PASSED) {
            throw GateException.conflict("submission " + id + " is " + s.state() + " and can no longer be rejected", id);
        }
        if (!submissions.decide(id, s.state(), SubmissionState.REJECTED, me, justification.strip())) {
            throw GateException.conflict("submission " + id + " changed meanwhile; reload it", id);
        }
        audit.record(me, AuditAction.REJECT, id, "justification: " + justification.strip());
        return views.view(load(id));
    }

    /** One unmasked finding sample, for a privacy officer deciding on an override. */
    public record UnmaskedFinding(String target, String type, String location, long count, String sample) {
    }

    /**
     * Re-inspects the stored files and returns the findings with their samples unmasked. Samples are
     * never stored, so this is the only way to see them, and every use is audited.
     */
    public List<UnmaskedFinding> unmaskedEvidence(long id) throws IOException {
        load(id);
        List<UnmaskedFinding> out = new ArrayList<>();
        for (SubmissionFile file : submissions.files(id)) {
            Path temp = store.decryptToTemp(file.storageKey(), tempDir, InspectionService.suffix(file.originalName()));
            try {
                FileReport report = policy.inspector().inspect(temp, file.targetPath());
                report.findings().forEach(f -> out.add(new UnmaskedFinding(file.targetPath(), f.type().id(),
                        f.location().describe(), f.count(), f.sample())));
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        audit.record(CurrentUser.name(), AuditAction.VIEW_UNMASKED_EVIDENCE, id, out.size() + " finding(s) shown unmasked");
        return out;
    }

    private Submission load(long id) {
        return submissions.find(id).orElseThrow(() -> GateException.notFound(id));
    }

    private static void requireJustification(long id, String justification) {
        if (justification == null || justification.strip().length() < 10) {
            throw GateException.badRequest("a written justification (at least 10 characters) is required", id);
        }
    }
}
