package org.airlock.server.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the throttle from the AuthenticationManager's events, so every password login counts
 * (HTTP Basic, the browser's login form, anything else that authenticates through it).
 */
@Component
public class LoginThrottleListener {

    private final LoginThrottle throttle;

    public LoginThrottleListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
