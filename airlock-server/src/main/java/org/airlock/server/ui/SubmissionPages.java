package org.airlock.server.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.airlock.server.publish.TargetPath;
import org.airlock.server.submission.SubmissionService;
import org.airlock.server.submission.SubmissionView;
import org.airlock.server.system.GateException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The submissions list, the new-submission form and a submission's page. */
@Controller
public class SubmissionPages {

    /** File rows the form offers at first; "Add another file" adds one, up to the maximum. */
    static final int DEFAULT_ROWS = 2;
    static final int MAX_ROWS = 20;

    private final SubmissionService submissions;
    private final SubmissionPageModel detail;
    private final UiModel ui;

    public SubmissionPages(SubmissionService submissions, SubmissionPageModel detail, UiModel ui) {
        this.submissions = submissions;
        this.detail = detail;
        this.ui = ui;
    }

    @GetMapping("/submissions")
    String list(Model model) {
        model.addAttribute("submissions", submissions.list(200));
        return "submissions";
    }

    @GetMapping("/submissions/new")
    @PreAuthorize("hasRole('PUBLISHER')")
    String form(@RequestParam(defaultValue = "" + DEFAULT_ROWS) int rows, Model model) {
        model.addAttribute("rows", Math.min(Math.max(rows, 1), MAX_ROWS));
        model.addAttribute("targets", List.of());
        model.addAttribute("errors", new FormErrors());
        return "new-submission";
    }

    /**
     * The form posts {@code file} and {@code target} fields in pairs, row by row; rows left wholly
     * empty are ignored. A half-filled row is the form's error; the target paths themselves are
     * judged by the service, as on the API.
     */
    @PostMapping("/submissions")
    @PreAuthorize("hasRole('PUBLISHER')")
    String submit(MultipartHttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
        List<MultipartFile> fileFields = request.getFiles("file");
        String[] targetValues = request.getParameterValues("target");
        List<String> targetFields = targetValues == null ? List.of() : List.of(targetValues);
        int rows = Math.max(fileFields.size(), targetFields.size());
        FormErrors errors = new FormErrors();
        List<MultipartFile> files = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            MultipartFile file = i < fileFields.size() ? fileFields.get(i) : null;
            String target = i < targetFields.size() ? targetFields.get(i).strip() : "";
            boolean hasFile = file != null && !file.isEmpty();
            if (!hasFile && target.isEmpty()) {
                continue;
            }
            if (!hasFile) {
                errors.add("file-" + (i + 1), "Choose the file to publish at " + target);
            } else if (target.isEmpty()) {
                errors.add("target-" + (i + 1), "Enter the path on the website for " + file.getOriginalFilename());
            } else {
                files.add(file);
                targets.add(target);
            }
        }
        if (errors.isEmpty() && files.isEmpty()) {
            errors.add("file-1", "Choose a file to submit");
        }
        if (errors.isEmpty()) {
            try {
                SubmissionView created = submissions.submit(files, targets);
                redirect.addFlashAttribute("banner", "Submission " + created.id() + " received. Airlock is inspecting it.");
                return "redirect:/submissions/" + created.id();
            } catch (GateException e) {
                ui.auditRefusal(e);
                errors.add(fieldOfRefusal(targetFields), e.getMessage());
            }
        }
        model.addAttribute("rows", Math.min(Math.max(rows, 1), MAX_ROWS));
        model.addAttribute("targets", targetFields);
        model.addAttribute("errors", errors);
        return "new-submission";
    }

    @GetMapping("/submissions/{id}")
    String show(@PathVariable long id, Model model) {
        detail.fill(model, submissions.get(id), new FormErrors());
        return "submission";
    }

    /** The target field the service's refusal is about, so the error can sit beside it. */
    private static String fieldOfRefusal(List<String> targets) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).isBlank()) {
                continue;
            }
            try {
                TargetPath.parse(targets.get(i));
            } catch (TargetPath.InvalidTargetException e) {
                return "target-" + (i + 1);
            }
        }
        return "target-1";
    }
}
