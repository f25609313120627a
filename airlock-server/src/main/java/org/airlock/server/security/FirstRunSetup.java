package org.airlock.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import org.airlock.server.system.AirlockProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: with {@code --demo}, one user per role named after it with the password
 * {@code demo} and a loud banner; otherwise, on an empty user table, an {@code admin} user with a
 * one-time random password printed to the console (never logged).
 */
@Component
@Order(0)
public class FirstRunSetup implements ApplicationRunner {

    /** The demo users' password. */
    public static final String DEMO_PASSWORD = "demo";

    private final UserAccounts accounts;
    private final AirlockProperties properties;

    public FirstRunSetup(UserAccounts accounts, AirlockProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            for (Role role : Role.values()) {
                if (accounts.find(role.demoUser()).isEmpty()) {
                    accounts.create(role.demoUser(), DEMO_PASSWORD, EnumSet.of(role));
                }
            }
            System.out.println("""

                    ************************************************************************
                    *  DEMO MODE - NOT FOR REAL DATA                                       *
                    *  Users publisher, approver, privacy-officer, auditor and admin       *
                    *  all have the password 'demo'. Anyone who reaches this port can      *
                    *  sign off a submission. Restart without --demo for real use.         *
                    ************************************************************************
                    """);
        } else if (accounts.count() == 0) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            accounts.create("admin", password, EnumSet.of(Role.ADMIN));
            System.out.println("\nAirlock first run: created user 'admin' with the one-time password below.\n"
                    + "Create the real users with POST /api/v1/users (or 'airlock users add' while the server is stopped),\n"
                    + "then keep this password safe.\n  " + password + "\n");
        }
    }
}
