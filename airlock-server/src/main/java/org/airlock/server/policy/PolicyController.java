package org.airlock.server.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.system.GateException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The policy in force: read and replaced by administrators and privacy officers only. */
@RestController
@RequestMapping("/api/v1/policy")
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
public class PolicyController {

    private final ActivePolicy policy;

    public PolicyController(ActivePolicy policy) {
        this.policy = policy;
    }

    /** A replacement: the whole YAML text and why. */
    public record Replacement(@NotNull @Size(max = 200_000) String yaml, String justification) {
    }

    @GetMapping
    public Map<String, Object> get() {
        return view(policy.version());
    }

    @PutMapping
    public Map<String, Object> replace(@Valid @RequestBody Replacement replacement) {
        if (replacement.justification() == null || replacement.justification().strip().length() < 10) {
            throw GateException.badRequest("a policy change needs a written justification (at least 10 characters)", null);
        }
        return view(policy.replace(replacement.yaml(), replacement.justification(), CurrentUser.name()));
    }

    private static Map<String, Object> view(PolicyVersion v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", v.policy().name());
        out.put("source", v.source());
        out.put("sha256", v.sha256());
        out.put("changedBy", v.changedBy());
        out.put("changedAt", v.changedAt());
        out.put("justification", v.justification());
        out.put("yaml", v.yaml());
        return out;
    }
}
