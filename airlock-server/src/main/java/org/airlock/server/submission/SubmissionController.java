package org.airlock.server.submission;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Submitting files for the website and following them through the gate. */
@RestController
@RequestMapping("/api/v1/submissions")
public class SubmissionController {

    private final SubmissionService service;

    public SubmissionController(SubmissionService service) {
        this.service = service;
    }

    /** Multipart: one or more {@code file} parts, each with a {@code target} part, in the same order. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('PUBLISHER')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public SubmissionView submit(@RequestPart("file") List<MultipartFile> files,
                                 @RequestParam(name = "target", required = false) List<String> targets) throws IOException {
        return service.submit(files, targets);
    }

    /** With {@code wait=N} (seconds, at most 60) the answer waits until the inspection has finished. */
    @GetMapping("/{id}")
    public SubmissionView get(@PathVariable long id, @RequestParam(defaultValue = "0") int wait) throws InterruptedException {
        return wait <= 0 ? service.get(id) : service.get(id, Duration.ofSeconds(wait));
    }

    @GetMapping
    public List<SubmissionView> list(@RequestParam(defaultValue = "50") int limit) {
        return service.list(limit);
    }
}
