package org.airlock.server.security;

/** The gate's roles. A user may hold several. */
public enum Role {
    /** Submits files for the website, publishes what passed or was signed off, withdraws. */
    PUBLISHER,
    /** Signs off or rejects submissions awaiting sign-off; never their own. */
    APPROVER,
    /** Everything an approver does, plus overriding BLOCKED and viewing unmasked evidence. */
    PRIVACY_OFFICER,
    /** Reads submissions and the audit log. */
    AUDITOR,
    /** Manages users; reads everything. */
    ADMIN;

    /** The user name the demo gives this role: {@code privacy-officer}. */
    public String demoUser() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
