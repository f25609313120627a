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
    REFUSED,
    /** A monitored site added, changed or removed. */
    MONITOR_CONFIGURED,
    /** The monitor found a new exposure on the live site. */
    ALERT_OPENED,
    /** Someone took an alert in hand. */
    ALERT_ACKNOWLEDGED,
    /** An exposed file published through the connector withdrawn by the monitor (the detail names the alert). */
    TAKEDOWN,
    /** An alert could not be delivered through a channel after its tries. */
    ALERT_DELIVERY_FAILED
}
