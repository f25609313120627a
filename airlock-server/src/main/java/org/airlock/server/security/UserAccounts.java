package org.airlock.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The gate's users, their password hashes (bcrypt) and roles, in the database. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** A stored user; a disabled one can no longer log in, by password or token. */
    public record Account(long id, String username, String passwordHash, Set<Role> roles, boolean enabled) {

        public Account(long id, String username, String passwordHash, Set<Role> roles) {
            this(id, username, passwordHash, roles, true);
        }

        UserDetails details() {
            return User.withUsername(username).password(passwordHash).disabled(!enabled)
                    .roles(roles.stream().map(Role::name).toArray(String[]::new)).build();
        }
    }

    private static final String ACCOUNT = "select id, username, password_hash, roles, disabled_at from app_user";

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).map(Account::details).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(ACCOUNT + " where username = ?").param(username).query(UserAccounts::account).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(ACCOUNT + " where id = ?").param(id).query(UserAccounts::account).optional();
    }

    /** Every user, by name. */
    public List<Account> all() {
        return jdbc.sql(ACCOUNT + " order by username").query(UserAccounts::account).list();
    }

    /** Disables a user; false if there is no such user or it was already disabled. */
    public boolean disable(String username) {
        return jdbc.sql("update app_user set disabled_at = ? where username = ? and disabled_at is null")
                .params(OffsetDateTime.now(ZoneOffset.UTC), username).update() == 1;
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), parse(rs.getString(4)), rs.getObject(5) == null);
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Creates a user; the password is hashed before it is stored. */
    public void create(String username, String password, Set<Role> roles) {
        if (!username.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("user names are lower-case letters, digits, '.', '_' and '-'");
        }
        jdbc.sql("insert into app_user (username, password_hash, roles, created_at) values (?, ?, ?, ?)")
                .params(username, passwords.encode(password),
                        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static Set<Role> parse(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(set::add);
        return set;
    }
}
