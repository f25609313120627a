package org.airlock.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.airlock.server.admin.OfflineAdministration;
import org.airlock.server.security.Role;
import org.airlock.server.security.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;

/**
 * {@code airlock users}: the gate's users, managed in its database while the server is stopped
 * (docs/server.md). Every change is an entry on the audit chain, by {@code cli:<OS user>}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Adds, lists and disables the gate's users in the database of 'airlock serve'",
            "(run it while the server is stopped). Further settings as --name=value."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class})
final class UsersCommand implements Runnable {

    /** The shortest password accepted, as for {@code POST /api/v1/users}. */
    static final int MIN_PASSWORD_LENGTH = 12;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the database is: the same defaults and settings as {@code airlock serve}. */
    static final class DatabaseOptions {

        @Option(names = "--data", defaultValue = "airlock-data",
                description = "Data directory of 'airlock serve' (default: ${DEFAULT-VALUE}).")
        Path data;

        /**
         * Opens the database; {@code settings} are Spring settings such as
         * {@code --spring.datasource.url=...}, as for {@code serve} (each command collects them
         * itself: picocli does not take unmatched arguments from a mixin).
         */
        OfflineAdministration open(List<String> settings) {
            for (String setting : settings) {
                if (!setting.startsWith("--") || !setting.contains("=")) {
                    throw new ExitCodes.UsageException("settings are given as --name=value, not '" + setting + "'");
                }
            }
            // This command reports a failed start itself, in one line; Spring Boot would also log the
            // whole stack trace through the CLI's slf4j-simple binding.
            System.setProperty("org.slf4j.simpleLogger.log.org.springframework.boot.SpringApplication", "off");
            try {
                return OfflineAdministration.open(data, actor(), settings);
            } catch (OfflineAdministration.DatabaseInUseException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
        }

        /** Audit entries name the operating-system user who ran the command. */
        private static String actor() {
            String who = System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9._-]", "?");
            return "cli:" + (who.length() > 60 ? who.substring(0, 60) : who);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Creates a user with one or more roles. The password is asked for on the console",
                "(twice), or read as one line from standard input with --password-stdin."})
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "User name: lower-case letters, digits, '.', '_', '-'.")
        String username;

        @Option(names = {"-r", "--role"}, required = true, split = ",", paramLabel = "ROLE",
                description = "publisher, approver, privacy-officer, auditor or admin; repeat or separate with commas.")
        List<String> roles;

        @Option(names = "--password-stdin", description = "Read the password from standard input (for scripts).")
        boolean passwordStdin;

        @Mixin
        DatabaseOptions database;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Set<Role> parsed = parseRoles(roles);
            if (!username.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
                throw new ExitCodes.UsageException("user names are lower-case letters, digits, '.', '_' and '-' (at most 100)");
            }
            try (OfflineAdministration admin = database.open(settings)) {
                if (admin.hasUser(username)) { // before asking for a password that would be thrown away
                    throw new ExitCodes.UsageException("user '" + username + "' already exists");
                }
                char[] password = readPassword();
                try {
                    admin.addUser(username, new String(password), parsed);
                } finally {
                    Arrays.fill(password, '\0');
                }
            } catch (OfflineAdministration.RefusedException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            spec.commandLine().getOut().printf("created user '%s' with roles %s (audited)%n", username, names(parsed));
            return ExitCodes.PASS;
        }

        private char[] readPassword() throws IOException {
            char[] password;
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } else {
                Console console = System.console();
                if (console == null) {
                    throw new ExitCodes.UsageException("no console to ask for the password: pipe it in with --password-stdin");
                }
                password = console.readPassword("Password for %s: ", username);
                char[] again = console.readPassword("Again: ");
                boolean same = password != null && Arrays.equals(password, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    throw new ExitCodes.UsageException("the passwords differ; nothing was changed");
                }
            }
            if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
                throw new ExitCodes.UsageException("a password has " + MIN_PASSWORD_LENGTH + " to 200 characters");
            }
            return password;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users, their roles and whether they are enabled.")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (OfflineAdministration admin = database.open(settings)) {
                List<UserAccounts.Account> users = admin.users();
                int width = users.stream().mapToInt(a -> a.username().length()).max().orElse(4);
                for (UserAccounts.Account account : users) {
                    spec.commandLine().getOut().printf("%-" + width + "s  %-8s  %s%n", account.username(),
                            account.enabled() ? "enabled" : "disabled", names(account.roles()));
                }
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables a user: no more logins by password or API token. Their audit entries stay.")
    static final class Disable implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME")
        String username;

        @Mixin
        DatabaseOptions database;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (OfflineAdministration admin = database.open(settings)) {
                admin.disableUser(username);
            } catch (OfflineAdministration.RefusedException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            spec.commandLine().getOut().printf("disabled user '%s' (audited)%n", username);
            return ExitCodes.PASS;
        }
    }

    /** Roles as written on the command line: {@code privacy-officer} or {@code PRIVACY_OFFICER}. */
    static Set<Role> parseRoles(List<String> given) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : given) {
            String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                roles.add(Role.valueOf(normal));
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException("unknown role '" + name + "': use " + names(EnumSet.allOf(Role.class)));
            }
        }
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::demoUser).collect(Collectors.joining(", "));
    }
}
