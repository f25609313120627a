package org.airlock.server.ui;

import java.io.IOException;
import java.util.List;
import org.airlock.server.publish.PublishService;
import org.airlock.server.review.ReviewService;
import org.airlock.server.submission.SubmissionService;
import org.airlock.server.submission.SubmissionView;
import org.airlock.server.system.GateException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on a submission's page: sign off, reject, override a block, publish, withdraw, and
 * the privacy officer's unmasked evidence. Each calls the service the API calls; a refusal comes
 * back to the same page with the service's reason in the error summary.
 */
@Controller
public class SubmissionActions {

    private final ReviewService review;
    private final PublishService publishing;
    private final SubmissionService submissions;
    private final SubmissionPageModel detail;
    private final UiModel ui;

    public SubmissionActions(ReviewService review, PublishService publishing, SubmissionService submissions,
                             SubmissionPageModel detail, UiModel ui) {
        this.review = review;
        this.publishing = publishing;
        this.submissions = submissions;
        this.detail = detail;
        this.ui = ui;
    }

    /** {@code action} is {@code signoff} (an override when the submission is BLOCKED) or {@code reject}. */
    @PostMapping("/submissions/{id}/decision")
    @PreAuthorize("hasAnyRole('APPROVER', 'PRIVACY_OFFICER')")
    String decide(@PathVariable long id, @RequestParam String action, @RequestParam(defaultValue = "") String justification,
                  Model model, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "signoff" -> review.signOff(id, justification);
                case "reject" -> review.reject(id, justification);
                default -> throw GateException.badRequest("unknown decision: choose sign off or reject", id);
            }
            redirect.addFlashAttribute("banner", "Submission " + id + " " + ("signoff".equals(action) ? "signed off" : "rejected")
                    + ". Your justification is recorded in the audit log.");
            return "redirect:/submissions/" + id;
        } catch (GateException e) {
            return refusedOnPage(id, e, e.status() == HttpStatus.BAD_REQUEST ? "justification" : "decision", justification, model);
        }
    }

    @PostMapping("/submissions/{id}/publish")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) throws IOException {
        try {
            SubmissionView after = publishing.publish(id);
            redirect.addFlashAttribute("banner", "Submission " + id + " is published: "
                    + String.join(", ", after.files().stream().map(SubmissionView.FileView::target).toList()) + ".");
            return "redirect:/submissions/" + id;
        } catch (GateException e) {
            return refusedOnPage(id, e, "publish", "", model);
        }
    }

    @PostMapping("/submissions/{id}/withdraw")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'APPROVER', 'PRIVACY_OFFICER', 'ADMIN')")
    String withdraw(@PathVariable long id, Model model, RedirectAttributes redirect) throws IOException {
        try {
            publishing.withdraw(id);
            redirect.addFlashAttribute("banner", "Submission " + id + " is withdrawn from the website.");
            return "redirect:/submissions/" + id;
        } catch (GateException e) {
            return refusedOnPage(id, e, "withdraw", "", model);
        }
    }

    /** Re-inspects the stored files to show the unmasked samples; audited by the service. */
    @GetMapping("/submissions/{id}/evidence")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    String unmasked(@PathVariable long id, Model model) throws IOException {
        SubmissionView s = submissions.get(id);
        List<ReviewService.UnmaskedFinding> findings = review.unmaskedEvidence(id);
        model.addAttribute("s", s);
        model.addAttribute("findings", findings);
        return "evidence";
    }

    private String refusedOnPage(long id, GateException e, String field, String justification, Model model) {
        ui.auditRefusal(e);
        model.addAttribute("justification", justification);
        detail.fill(model, submissions.get(id), new FormErrors().add(field, e.getMessage()));
        return "submission";
    }
}
