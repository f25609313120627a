package org.airlock.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before every security filter chain (API and browser alike): a request that tries to log in
 * — HTTP Basic, a bearer token, or a login form's POST — while its user name or address is locked
 * out is answered 429 with {@code Retry-After} and never reaches a password check. The same
 * answer for every user name, existing or not. Failed bearer tokens are counted here (they never
 * reach the AuthenticationManager); password failures are counted by {@link LoginThrottleListener}.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    public LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String username = basicUser(authorization);
        String type = request.getContentType();
        if (username == null && "POST".equals(request.getMethod()) && type != null
                && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)) {
            // A login form. Only url-encoded bodies are read here: an upload is never parsed
            // before its sender is authenticated.
            username = request.getParameter("username");
        }
        boolean loginAttempt = bearer || username != null;
        if (loginAttempt) {
            Optional<Duration> locked = throttle.lockedFor(username, request.getRemoteAddr());
            if (locked.isPresent()) {
                long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
                audit.refused("anonymous", AuditAction.LOGIN_FAILURE, null, "login refused while locked out ("
                        + seconds + " s left)" + (username == null ? " for an API token" : " for user name '"
                        + LoginThrottle.printable(username) + "'") + " from " + request.getRemoteAddr());
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(seconds));
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"status\":429,\"error\":\"too many failed logins: try again in " + seconds + " s\"}");
                return;
            }
        }
        chain.doFilter(request, response);
        if (bearer && username == null && response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(null, request.getRemoteAddr()); // an unknown token (audited by the token filter)
        }
    }

    /** The user name of an HTTP Basic header, or null (malformed headers are left to Spring Security). */
    static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
