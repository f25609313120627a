package org.airlock.fingerprint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key of the keyed hashes (HMAC-SHA256). It comes from the environment variable
 * {@value #ENVIRONMENT} or from a key file, and is never written into a registry: the registry
 * holds only a key check value (the first 8 bytes of an HMAC of a fixed label), so a wrong key is
 * detected at load instead of silently matching nothing.
 */
public final class FingerprintKey {

    /** The environment variable read when no key file is given. */
    public static final String ENVIRONMENT = "AIRLOCK_FINGERPRINT_KEY";
    /** Below this a key could be guessed; 16 bytes is 128 bits when random. */
    public static final int MIN_BYTES = 16;
    private static final String CHECK_LABEL = "airlock-fingerprint-key-check-v1";

    private final SecretKeySpec key;

    private FingerprintKey(byte[] material) {
        if (material.length < MIN_BYTES) {
            throw new IllegalArgumentException("the fingerprint key must be at least " + MIN_BYTES + " bytes long");
        }
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    /** A key from raw bytes (tests, and callers that manage keys themselves). */
    public static FingerprintKey of(byte[] material) {
        return new FingerprintKey(material.clone());
    }

    /**
     * The key from {@code keyFile} when given (its bytes, a trailing line break removed), else from
     * the environment variable {@value #ENVIRONMENT} (its UTF-8 bytes).
     *
     * @throws IllegalArgumentException when there is no key or it is too short (the message never holds key bytes)
     */
    public static FingerprintKey load(Path keyFile) throws IOException {
        if (keyFile != null) {
            byte[] bytes = Files.readAllBytes(keyFile);
            int end = bytes.length;
            while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
                end--;
            }
            return new FingerprintKey(Arrays.copyOf(bytes, end));
        }
        String value = System.getenv(ENVIRONMENT);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no fingerprint key: set " + ENVIRONMENT + " or give --key-file");
        }
        return new FingerprintKey(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh MAC for this key; MAC objects are not thread-safe, so each hasher holds its own. */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The first 8 bytes of HMAC(key, label): stored in the registry to recognise the key. */
    public long checkValue() {
        byte[] out = newMac().doFinal(CHECK_LABEL.getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.wrap(out).getLong();
    }

    /** Compares check values without an early exit. */
    static boolean sameCheck(long a, long b) {
        return MessageDigest.isEqual(ByteBuffer.allocate(8).putLong(a).array(), ByteBuffer.allocate(8).putLong(b).array());
    }
}
