package org.airlock.server.admin;

import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.UserAccounts;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Only the database, the user store and the audit log: no web server, no inspection workers, no
 * scheduled jobs and no first-run setup, so nothing else touches the data while a command runs.
 * Deliberately not a {@code @Configuration}: the server's component scan must not pick it up.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
    DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
@Import({UserAccounts.class, AuditLog.class})
class OfflineConfiguration {

    /** The same encoder as the server's (bcrypt through the delegating encoder). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
