package org.airlock.server.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.security.Role;
import org.airlock.server.submission.EncryptedFileStore;
import org.airlock.server.submission.Submission;
import org.airlock.server.submission.SubmissionFile;
import org.airlock.server.submission.SubmissionRepository;
import org.airlock.server.submission.SubmissionService;
import org.airlock.server.submission.SubmissionState;
import org.airlock.server.submission.SubmissionView;
import org.airlock.server.system.GateException;
import org.springframework.stereotype.Service;

/**
 * Publishes a PASSED or APPROVED submission through the connector (the submitter or an
 * administrator), and withdraws a published one. Publishing again after a crash is safe: each
 * file is replaced atomically and the state changes only once every file is out.
 */
@Service
public class PublishService {

    private final SubmissionRepository submissions;
    private final SubmissionService views;
    private final EncryptedFileStore store;
    private final PublishingConnector connector;
    private final AuditLog audit;

    public PublishService(SubmissionRepository submissions, SubmissionService views, EncryptedFileStore store,
                          PublishingConnector connector, AuditLog audit) {
        this.submissions = submissions;
        this.views = views;
        this.store = store;
        this.connector = connector;
        this.audit = audit;
    }

    public synchronized SubmissionView publish(long id) throws IOException {
        Submission s = submissions.find(id).orElseThrow(() -> GateException.notFound(id));
        requireOwnerOrAdmin(s);
        if (!s.state().publishable()) {
            throw GateException.conflict("submission " + id + " is " + s.state() + "; only PASSED or APPROVED can be published", id);
        }
        for (SubmissionFile file : submissions.files(id)) {
            try (InputStream in = store.open(file.storageKey())) {
                connector.publish(TargetPath.parse(file.targetPath()), in);
            }
        }
        if (!submissions.transition(id, s.state(), SubmissionState.PUBLISHED)) {
            throw GateException.conflict("submission " + id + " changed meanwhile; reload it", id);
        }
        audit.record(CurrentUser.name(), AuditAction.PUBLISH, id, "published from " + s.state() + ": "
                + String.join(", ", submissions.files(id).stream().map(SubmissionFile::targetPath).toList()));
        return views.view(submissions.find(id).orElseThrow());
    }

    /** Removes the submission's files from the site, unless a newer release has replaced them there. */
    public synchronized SubmissionView withdraw(long id) throws IOException {
        Submission s = submissions.find(id).orElseThrow(() -> GateException.notFound(id));
        if (!CurrentUser.has(Role.APPROVER) && !CurrentUser.has(Role.PRIVACY_OFFICER)) {
            requireOwnerOrAdmin(s);
        }
        if (s.state() != SubmissionState.PUBLISHED) {
            throw GateException.conflict("submission " + id + " is " + s.state() + ", not PUBLISHED", id);
        }
        for (SubmissionFile file : submissions.files(id)) {
            Optional<SubmissionFile> current = submissions.publishedAt(file.targetPath());
            if (current.isPresent() && current.get().id() == file.id()) {
                connector.withdraw(TargetPath.parse(file.targetPath()));
            }
        }
        if (!submissions.transition(id, SubmissionState.PUBLISHED, SubmissionState.WITHDRAWN)) {
            throw GateException.conflict("submission " + id + " changed meanwhile; reload it", id);
        }
        audit.record(CurrentUser.name(), AuditAction.WITHDRAW, id, "withdrawn from the site");
        return views.view(submissions.find(id).orElseThrow());
    }

    private static void requireOwnerOrAdmin(Submission s) {
        boolean owner = s.submitter().equals(CurrentUser.name()) && CurrentUser.has(Role.PUBLISHER);
        if (!owner && !CurrentUser.has(Role.ADMIN)) {
            throw GateException.forbidden("submission " + s.id() + " belongs to another user", s.id());
        }
    }
}
