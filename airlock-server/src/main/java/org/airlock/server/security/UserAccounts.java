package org.airlock.server.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
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

    /** A stored user. */
    public record Account(long id, String username, String passwordHash, Set<Role> roles) {
        UserDetails details() {
            return User.withUsername(username).password(passwordHash)
                    .roles(roles.stream().map(Role::name).toArray(String[]::new)).build();
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).map(Account::details).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select id, username, password_hash, roles from app_user where username = ?").param(username)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), parse(rs.getString(4))))
                .optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select id, username, password_hash, roles from app_user where id = ?").param(id)
                .query((rs, n) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), parse(rs.getString(4))))
                .optional();
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
