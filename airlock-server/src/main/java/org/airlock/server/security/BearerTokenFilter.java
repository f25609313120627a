package org.airlock.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer alk_...} API tokens; an unknown token is a login failure. */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final AuditLog audit;

    public BearerTokenFilter(ApiTokens tokens, UserAccounts accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            Optional<UserAccounts.Account> account = tokens.userFor(token).flatMap(accounts::findById)
                    .filter(UserAccounts.Account::enabled);
            if (account.isEmpty()) {
                // The token itself is never written anywhere.
                audit.refused("anonymous", AuditAction.LOGIN_FAILURE, null, "unknown API token from " + request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            var details = account.get().details();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(details.getUsername(), null, details.getAuthorities()));
        }
        chain.doFilter(request, response);
    }
}
