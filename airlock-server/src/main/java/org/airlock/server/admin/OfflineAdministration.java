package org.airlock.server.admin;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.Role;
import org.airlock.server.security.UserAccounts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gate's database opened without the web server, for {@code airlock users}: the same
 * settings as {@code airlock serve} (data directory, {@code DATA/airlock.properties},
 * {@code --name=value}), the same Flyway migrations, and every change on the same audit chain.
 */
public final class OfflineAdministration implements AutoCloseable {

    /** H2's error code when another process holds the database file. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final ConfigurableApplicationContext context;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final String actor;

    private OfflineAdministration(ConfigurableApplicationContext context, String actor) {
        this.context = context;
        this.accounts = context.getBean(UserAccounts.class);
        this.audit = context.getBean(AuditLog.class);
        this.actor = actor;
    }

    /** The database could not be opened because a running server holds it. */
    public static final class DatabaseInUseException extends RuntimeException {
        DatabaseInUseException(String message) {
            super(message);
        }
    }

    /** A refused change (duplicate user, unknown user, bad name). */
    public static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * Opens (and migrates) the database of this data directory.
     *
     * @param actor how audit entries name whoever ran the command, e.g. {@code cli:root}
     * @param settings further Spring settings ({@code --name=value}), e.g. a PostgreSQL URL
     */
    public static OfflineAdministration open(Path dataDir, String actor, List<String> settings) {
        Path data = dataDir.toAbsolutePath().normalize();
        List<String> args = new ArrayList<>(List.of(
                "--airlock.data-dir=" + data,
                "--spring.config.additional-location=optional:file:" + data + "/airlock.properties",
                "--logging.level.root=WARN"));
        args.addAll(settings);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(OfflineConfiguration.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false).registerShutdownHook(false)
                    .run(args.toArray(String[]::new));
            return new OfflineAdministration(context, actor);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                    throw new DatabaseInUseException("the database under " + data + " is in use, most likely by a running "
                            + "'airlock serve': stop the server first, or use POST /api/v1/users while it runs");
                }
            }
            throw e;
        }
    }

    /** Creates a user and audits it; refuses an existing name. */
    public void addUser(String username, String password, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new RefusedException("a user needs at least one role");
        }
        if (accounts.find(username).isPresent()) {
            throw new RefusedException("user '" + username + "' already exists");
        }
        try {
            accounts.create(username, password, EnumSet.copyOf(roles));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
        audit.record(actor, AuditAction.USER_CREATED, null, "user " + username + " roles " + EnumSet.copyOf(roles));
    }

    /** True if the name is taken (enabled or not). */
    public boolean hasUser(String username) {
        return accounts.find(username).isPresent();
    }

    /** Disables a user and audits it; refuses an unknown or already disabled one. */
    public void disableUser(String username) {
        UserAccounts.Account account = accounts.find(username)
                .orElseThrow(() -> new RefusedException("no user '" + username + "'"));
        if (!account.enabled()) {
            throw new RefusedException("user '" + username + "' is already disabled");
        }
        accounts.disable(username);
        audit.record(actor, AuditAction.USER_DISABLED, null, "user " + username);
    }

    /** Every user, by name. */
    public List<UserAccounts.Account> users() {
        return accounts.all();
    }

    @Override
    public void close() {
        context.close();
    }
}
