package org.airlock.server.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.security.Role;
import org.airlock.server.submission.SubmissionRepository;
import org.airlock.server.submission.SubmissionState;
import org.airlock.server.submission.SubmissionView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything a submission's page shows: the submission, inspection progress, what is published now
 * at each target path, its audit trail for those who may read the log, and which controls to
 * offer. Offering is a courtesy that mirrors the services' rules; refusing is theirs.
 */
@Component
public class SubmissionPageModel {

    /** The release published now at a file's target path. */
    public record PublishedRelease(long submissionId, String name, long bytes, boolean thisSubmission) {
    }

    private final SubmissionRepository repository;
    private final AuditLog audit;

    public SubmissionPageModel(SubmissionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public void fill(Model model, SubmissionView s, FormErrors errors) {
        boolean mine = s.submitter().equals(CurrentUser.name());
        boolean publisher = CurrentUser.has(Role.PUBLISHER);
        boolean approver = CurrentUser.has(Role.APPROVER);
        boolean privacyOfficer = CurrentUser.has(Role.PRIVACY_OFFICER);
        boolean admin = CurrentUser.has(Role.ADMIN);
        boolean held = s.state() == SubmissionState.AWAITING_SIGNOFF || s.state() == SubmissionState.BLOCKED;

        model.addAttribute("s", s);
        model.addAttribute("errors", errors);
        long inspected = s.files().stream().filter(f -> f.verdict() != null).count();
        model.addAttribute("filesInspected", inspected);
        model.addAttribute("inspecting", s.state() == SubmissionState.RECEIVED || s.state() == SubmissionState.INSPECTING
                || s.state() == SubmissionState.INSPECTED);

        Map<String, PublishedRelease> published = new LinkedHashMap<>();
        for (SubmissionView.FileView f : s.files()) {
            repository.publishedAt(f.target()).ifPresent(p -> published.put(f.target(),
                    new PublishedRelease(p.submissionId(), p.originalName(), p.sizeBytes(), p.submissionId() == s.id())));
        }
        model.addAttribute("published", published);

        boolean reviewer = approver || privacyOfficer;
        model.addAttribute("offerDecision", reviewer && !mine && held);
        model.addAttribute("offerSignOff", reviewer && !mine
                && (s.state() == SubmissionState.AWAITING_SIGNOFF || s.state() == SubmissionState.BLOCKED && privacyOfficer));
        model.addAttribute("fourEyesNote", reviewer && mine && held);
        model.addAttribute("onlyPrivacyOfficerNote", reviewer && !privacyOfficer && !mine && s.state() == SubmissionState.BLOCKED);
        model.addAttribute("offerPublish", s.state().publishable() && (mine && publisher || admin));
        model.addAttribute("offerWithdraw", s.state() == SubmissionState.PUBLISHED && (mine && publisher || admin || reviewer));
        model.addAttribute("offerUnmasked", privacyOfficer);
        boolean auditReader = CurrentUser.has(Role.AUDITOR) || admin;
        model.addAttribute("history", auditReader ? audit.forSubmission(s.id()) : List.of());
        if (!model.containsAttribute("justification")) {
            model.addAttribute("justification", "");
        }
    }
}
