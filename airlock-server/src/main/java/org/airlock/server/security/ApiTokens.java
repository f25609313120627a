package org.airlock.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * API tokens for pipelines. A token is 32 random bytes shown once; only its SHA-256 is stored
 * (a fast hash is enough: the token has 256 bits of entropy, unlike a password).
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so a leaked one is easy to recognise in a secret scanner. */
    public static final String PREFIX = "alk_";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token for the user and returns its only plaintext copy. */
    public String issue(long userId, String name) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (user_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(userId, name, hash(token), OffsetDateTime.now(ZoneOffset.UTC)).update();
        return token;
    }

    /** The id of the user holding this token. */
    public Optional<Long> userFor(String token) {
        return jdbc.sql("select user_id from api_token where token_hash = ?").param(hash(token)).query(Long.class).optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
