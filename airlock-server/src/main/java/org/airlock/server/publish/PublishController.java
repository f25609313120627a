package org.airlock.server.publish;

import java.io.IOException;
import org.airlock.server.submission.SubmissionView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Publishing to the site and withdrawing from it. */
@RestController
@RequestMapping("/api/v1/submissions/{id}")
public class PublishController {

    private final PublishService service;

    public PublishController(PublishService service) {
        this.service = service;
    }

    @PostMapping("/publish")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'ADMIN')")
    public SubmissionView publish(@PathVariable long id) throws IOException {
        return service.publish(id);
    }

    @PostMapping("/withdraw")
    @PreAuthorize("hasAnyRole('PUBLISHER', 'APPROVER', 'PRIVACY_OFFICER', 'ADMIN')")
    public SubmissionView withdraw(@PathVariable long id) throws IOException {
        return service.withdraw(id);
    }
}
