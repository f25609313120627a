package org.airlock.server.security;

import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Audits failed logins (the user name tried, never the password). */
@Component
public class AuthenticationAuditListener {

    private final AuditLog audit;

    public AuthenticationAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String tried = String.valueOf(event.getAuthentication().getName());
        audit.refused("anonymous", AuditAction.LOGIN_FAILURE, null,
                "login failed for user name '" + tried.replaceAll("[^A-Za-z0-9._@-]", "?") + "': "
                        + event.getException().getClass().getSimpleName());
    }
}
