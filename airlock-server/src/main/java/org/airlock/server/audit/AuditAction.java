package org.airlock.server.audit;

/** What an audit entry records. */
public enum AuditAction {
    SUBMIT,
    INSPECT,
    VIEW,
    VIEW_UNMASKED_EVIDENCE,
    SIGN_OFF,
    REJECT,
    PUBLISH,
    WITHDRAW,
    LOGIN_FAILURE,
    USER_CREATED,
    TOKEN_CREATED,
    /** Stored uploads deleted by the retention schedule. */
    PURGE,
    /** A request refused: wrong role, another user's submission, a bad target path, four eyes. */
    REFUSED
}
