package org.airlock.server.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.publish.TargetPath;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.security.Role;
import org.airlock.server.system.GateException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives submissions (each upload encrypted and forced to disk before the request is
 * acknowledged) and shows them to those allowed to see them: the submitter, and the roles that
 * review or audit.
 */
@Service
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final EncryptedFileStore store;
    private final InspectionQueue queue;
    private final AuditLog audit;
    private final InspectionEvents events;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    public SubmissionService(SubmissionRepository submissions, EncryptedFileStore store, InspectionQueue queue, AuditLog audit,
                             ObjectMapper json, TransactionTemplate transaction, InspectionEvents events) {
        this.events = events;
        this.submissions = submissions;
        this.store = store;
        this.queue = queue;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
    }

    /** Stores the files, records the submission in RECEIVED and queues it for inspection. */
    public SubmissionView submit(List<MultipartFile> files, List<String> targets) throws IOException {
        if (files == null || files.isEmpty()) {
            throw GateException.badRequest("at least one 'file' part is required", null);
        }
        if (targets == null || targets.size() != files.size()) {
            throw GateException.badRequest("each 'file' part needs one 'target' part, in the same order", null);
        }
        List<TargetPath> paths = new ArrayList<>();
        for (String target : targets) {
            try {
                TargetPath path = TargetPath.parse(target);
                if (paths.contains(path)) {
                    throw GateException.badRequest("the same target path appears twice", null);
                }
                paths.add(path);
            } catch (TargetPath.InvalidTargetException e) {
                throw GateException.badRequest("refused target path: " + e.getMessage(), null);
            }
        }
        List<EncryptedFileStore.Stored> stored = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                try (InputStream in = file.getInputStream()) {
                    stored.add(store.store(in));
                }
            }
            String submitter = CurrentUser.name();
            long id = transaction.execute(status -> {
                long created = submissions.create(submitter);
                for (int i = 0; i < files.size(); i++) {
                    EncryptedFileStore.Stored s = stored.get(i);
                    submissions.addFile(created, i, paths.get(i).value(), originalName(files.get(i)), s.size(), s.sha256(), s.key());
                }
                return created;
            });
            audit.record(submitter, AuditAction.SUBMIT, id, files.size() + " file(s): " + String.join(", ",
                    paths.stream().map(TargetPath::value).toList()));
            queue.enqueue(id);
            return view(id);
        } catch (IOException | RuntimeException e) {
            for (EncryptedFileStore.Stored s : stored) {
                store.delete(s.key());
            }
            throw e;
        }
    }

    /** The submission, if the caller may see it (refusals are audited). */
    public SubmissionView get(long id) {
        Submission submission = readable(id);
        return view(submission);
    }

    /**
     * The submission once its inspection has finished, or as it is after {@code wait} (at most
     * {@link #MAX_WAIT}); answers at once when it is already inspected.
     */
    public SubmissionView get(long id, Duration wait) throws InterruptedException {
        Submission submission = readable(id);
        if (inspecting(submission)) {
            Duration bounded = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
            events.await(id, bounded, () -> submissions.find(id).map(SubmissionService::inspecting).orElse(false));
            return view(id);
        }
        return view(submission);
    }

    /** The longest a request may wait for a verdict. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static boolean inspecting(Submission s) {
        return s.state() == SubmissionState.RECEIVED || s.state() == SubmissionState.INSPECTING;
    }

    /** Submissions the caller may see, newest first. */
    public List<SubmissionView> list(int limit) {
        boolean all = CurrentUser.has(Role.APPROVER) || CurrentUser.has(Role.PRIVACY_OFFICER)
                || CurrentUser.has(Role.AUDITOR) || CurrentUser.has(Role.ADMIN);
        return submissions.list(all ? null : CurrentUser.name(), Math.min(Math.max(limit, 1), 500)).stream()
                .map(s -> view(s)).toList();
    }

    /** Loads a submission the caller may read, or refuses. */
    public Submission readable(long id) {
        Submission submission = submissions.find(id).orElseThrow(() -> GateException.notFound(id));
        boolean reviewer = CurrentUser.has(Role.APPROVER) || CurrentUser.has(Role.PRIVACY_OFFICER)
                || CurrentUser.has(Role.AUDITOR) || CurrentUser.has(Role.ADMIN);
        if (!reviewer && !submission.submitter().equals(CurrentUser.name())) {
            throw GateException.forbidden("submission " + id + " belongs to another user", id);
        }
        return submission;
    }

    SubmissionView view(long id) {
        return view(submissions.find(id).orElseThrow(() -> GateException.notFound(id)));
    }

    /** The API view of a submission and its files. */
    public SubmissionView view(Submission s) {
        List<SubmissionView.FileView> files = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SubmissionFile f : submissions.files(s.id())) {
            FileResult result = null;
            if (f.resultJson() != null) {
                try {
                    result = json.readValue(f.resultJson(), FileResult.class);
                    result.reasons().forEach(r -> reasons.add(f.targetPath() + ": " + r));
                } catch (JsonProcessingException e) {
                    reasons.add(f.targetPath() + ": the stored result could not be read");
                }
            }
            files.add(new SubmissionView.FileView(f.targetPath(), f.originalName(), f.sizeBytes(), f.sha256(), f.verdict(),
                    f.persons(), result));
        }
        SubmissionView.Decision decision = s.decidedBy() == null ? null
                : new SubmissionView.Decision(s.decidedBy(), s.decision(), s.justification(), s.decidedAt());
        return new SubmissionView(s.id(), s.submitter(), s.state(), s.verdict(), s.persons(), reasons, s.createdAt(),
                s.updatedAt(), decision, files);
    }

    private static String originalName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
