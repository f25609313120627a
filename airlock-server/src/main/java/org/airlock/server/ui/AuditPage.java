package org.airlock.server.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.airlock.server.audit.AuditController;
import org.airlock.server.audit.AuditEntry;
import org.airlock.server.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for auditors and administrators: the chain's verification result, the newest
 * entries and the exports. The exports are the API's own, reached through the browser session
 * (the API itself takes HTTP Basic or a token, not the session cookie).
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
public class AuditPage {

    /** Entries shown on the page; the exports hold all of them. */
    static final int SHOWN = 200;

    private final AuditLog audit;
    private final AuditController exports;

    public AuditPage(AuditLog audit, AuditController exports) {
        this.audit = audit;
        this.exports = exports;
    }

    @GetMapping("/audit")
    String show(Model model) {
        model.addAttribute("verification", audit.verify());
        Deque<AuditEntry> newest = new ArrayDeque<>(SHOWN);
        audit.forEach(e -> {
            if (newest.size() == SHOWN) {
                newest.removeFirst();
            }
            newest.addLast(e);
        });
        List<AuditEntry> entries = new ArrayList<>(newest);
        Collections.reverse(entries);
        model.addAttribute("entries", entries);
        model.addAttribute("shown", SHOWN);
        return "audit";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(defaultValue = "csv") String format, HttpServletResponse response) throws IOException {
        exports.export(format, response);
    }
}
