package org.airlock.server.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.airlock.assess.Policy;

/**
 * A policy text and what it was parsed into.
 *
 * @param yaml the text as given (empty for the built-in defaults)
 * @param sha256 hex SHA-256 of the UTF-8 text, as the audit log records it
 * @param source where it came from: {@code built-in defaults}, the configured file, or {@code api}
 * @param changedBy who replaced it through the API (null otherwise)
 * @param changedAt when (ISO-8601, null otherwise)
 * @param justification why (null otherwise)
 */
public record PolicyVersion(String yaml, String sha256, Policy policy, String source, String changedBy, String changedAt,
                            String justification) {

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
