package org.airlock.server.system;

import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals into JSON errors. Every refusal (403, 400 on a submission or a target path) is
 * audited, so probing the gate leaves a trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private final AuditLog audit;

    public ApiExceptionHandler(AuditLog audit) {
        this.audit = audit;
    }

    @ExceptionHandler(GateException.class)
    ResponseEntity<ApiError> gate(GateException e) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.BAD_REQUEST) {
            audit.refused(CurrentUser.name(), AuditAction.REFUSED, e.submissionId(), e.getMessage());
        }
        return ResponseEntity.status(e.status()).body(new ApiError(e.status().value(), e.getMessage()));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
        MultipartException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError(400, "malformed request: " + e.getClass().getSimpleName()));
    }
}
