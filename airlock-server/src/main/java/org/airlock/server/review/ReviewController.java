package org.airlock.server.review;

import java.io.IOException;
import java.util.List;
import org.airlock.server.submission.SubmissionView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-off, rejection and unmasked evidence. */
@RestController
@RequestMapping("/api/v1/submissions/{id}")
public class ReviewController {

    private final ReviewService service;

    public ReviewController(ReviewService service) {
        this.service = service;
    }

    /** The body of a decision: {@code {"justification": "..."}}. */
    public record DecisionRequest(String justification) {
    }

    @PostMapping("/signoff")
    @PreAuthorize("hasAnyRole('APPROVER', 'PRIVACY_OFFICER')")
    public SubmissionView signOff(@PathVariable long id, @RequestBody DecisionRequest request) {
        return service.signOff(id, request.justification());
    }

    @PostMapping("/reject")
    @PreAuthorize("hasAnyRole('APPROVER', 'PRIVACY_OFFICER')")
    public SubmissionView reject(@PathVariable long id, @RequestBody DecisionRequest request) {
        return service.reject(id, request.justification());
    }

    @GetMapping("/evidence")
    @PreAuthorize("hasRole('PRIVACY_OFFICER')")
    public List<ReviewService.UnmaskedFinding> evidence(@PathVariable long id) throws IOException {
        return service.unmaskedEvidence(id);
    }
}
