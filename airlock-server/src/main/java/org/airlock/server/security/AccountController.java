package org.airlock.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.system.GateException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users (administrators only) and API tokens (each user for themselves). */
@RestController
@RequestMapping("/api/v1")
public class AccountController {

    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;

    public AccountController(UserAccounts accounts, ApiTokens tokens, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** A new user. */
    public record NewUser(@NotBlank @Size(max = 100) String username, @NotBlank @Size(min = 12, max = 200) String password,
                          @NotEmpty Set<Role> roles) {
    }

    /** A token request. */
    public record NewToken(@NotBlank @Size(max = 100) String name) {
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> createUser(@Valid @RequestBody NewUser user) {
        if (accounts.find(user.username()).isPresent()) {
            throw GateException.conflict("user exists", null);
        }
        try {
            accounts.create(user.username(), user.password(), EnumSet.copyOf(user.roles()));
        } catch (IllegalArgumentException e) {
            throw GateException.badRequest(e.getMessage(), null);
        }
        audit.record(CurrentUser.name(), AuditAction.USER_CREATED, null, "user " + user.username() + " roles " + user.roles());
        return Map.of("username", user.username(), "roles", user.roles());
    }

    /** Issues an API token for the caller; the response is the only place the token appears. */
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, String> createToken(@Valid @RequestBody NewToken request) {
        UserAccounts.Account me = accounts.find(CurrentUser.name())
                .orElseThrow(() -> GateException.forbidden("tokens are issued to stored users only", null));
        String token = tokens.issue(me.id(), request.name());
        audit.record(me.username(), AuditAction.TOKEN_CREATED, null, "token '" + request.name() + "'");
        return Map.of("name", request.name(), "token", token);
    }
}
