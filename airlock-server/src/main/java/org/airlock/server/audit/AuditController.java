package org.airlock.server.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.system.GateException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors and administrators: chain verification and export. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
public class AuditController {

    private final AuditLog audit;
    private final ObjectMapper json;

    public AuditController(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** {@code {"valid": true|false, "entries": N, "firstBadEntry": ..., "problem": ..., "lastHash": ...}}. */
    @GetMapping("/verify")
    public ChainVerification verify() {
        return audit.verify();
    }

    /** The whole log as CSV ({@code format=csv}) or a JSON array ({@code format=json}). */
    @GetMapping("/export")
    public void export(@RequestParam(defaultValue = "json") String format, HttpServletResponse response) throws IOException {
        audit.record(CurrentUser.name(), AuditAction.VIEW, null, "audit export as " + format);
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"airlock-audit.csv\"");
                try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8))) {
                    csv.writeRecord("seq", "occurredAt", "actor", "action", "outcome", "submissionId", "detail", "prevHash", "entryHash");
                    audit.forEach(e -> {
                        try {
                            csv.writeRecord(Long.toString(e.seq()), e.occurredAt(), e.actor(), e.action(), e.outcome(),
                                    e.submissionId() == null ? "" : e.submissionId().toString(), e.detail(), e.prevHash(), e.entryHash());
                        } catch (UncheckedIOException ex) {
                            throw ex;
                        }
                    });
                }
            }
            case "json" -> {
                response.setContentType("application/json");
                response.setHeader("Content-Disposition", "attachment; filename=\"airlock-audit.json\"");
                try (JsonGenerator g = json.getFactory().createGenerator(response.getOutputStream(), JsonEncoding.UTF8)) {
                    g.writeStartArray();
                    audit.forEach(e -> {
                        try {
                            g.writeObject(e);
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
                    g.writeEndArray();
                }
            }
            default -> throw GateException.badRequest("format must be csv or json", null);
        }
    }
}
