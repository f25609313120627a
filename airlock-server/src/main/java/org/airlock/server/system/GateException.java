package org.airlock.server.system;

import org.springframework.http.HttpStatus;

/**
 * A request the gate refuses, with the HTTP status and a message safe to show the caller (never
 * a matched value). Refusals of access are audited by {@link ApiExceptionHandler}.
 */
public final class GateException extends RuntimeException {

    private final HttpStatus status;
    private final Long submissionId;

    public GateException(HttpStatus status, String message, Long submissionId) {
        super(message, null, false, false);
        this.status = status;
        this.submissionId = submissionId;
    }

    public static GateException notFound(long id) {
        return new GateException(HttpStatus.NOT_FOUND, "no submission " + id, id);
    }

    public static GateException forbidden(String message, Long submissionId) {
        return new GateException(HttpStatus.FORBIDDEN, message, submissionId);
    }

    public static GateException badRequest(String message, Long submissionId) {
        return new GateException(HttpStatus.BAD_REQUEST, message, submissionId);
    }

    public static GateException conflict(String message, Long submissionId) {
        return new GateException(HttpStatus.CONFLICT, message, submissionId);
    }

    public HttpStatus status() {
        return status;
    }

    public Long submissionId() {
        return submissionId;
    }
}
