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
    /** A user disabled (they can no longer log in; their entries stay). */
    USER_DISABLED,
    /** The active policy replaced: who, why, and the SHA-256 of the old and the new text. */
    POLICY_CHANGED,
    /** Too many failed logins for an account or from an address: further attempts refused for a while. */
    LOGIN_LOCKED_OUT,
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
