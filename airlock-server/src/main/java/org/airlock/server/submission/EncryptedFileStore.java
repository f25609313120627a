package org.airlock.server.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Uploads at rest, each encrypted with AES-256-GCM under the configured key and a fresh 96-bit
 * nonce (file layout: nonce, then ciphertext with its tag). The tag authenticates the file, so a
 * stored copy altered on disk fails to open instead of being inspected or published. Files are
 * forced to disk before {@link #store} returns, so an acknowledged upload survives a crash.
 */
public final class EncryptedFileStore {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path directory;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** What {@link #store} wrote. */
    public record Stored(String key, long size, String sha256) {
    }

    public EncryptedFileStore(Path directory, byte[] key) throws IOException {
        if (key.length != 32) {
            throw new IllegalArgumentException("the storage key must be 256 bits (32 bytes, base64-encoded)");
        }
        this.directory = Files.createDirectories(directory);
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The key from configuration (base64) or, when none is configured, from {@code keyFile},
     * created with owner-only permissions on first use. The key is never logged.
     */
    public static byte[] loadKey(String configured, Path keyFile) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.strip());
        }
        if (Files.exists(keyFile)) {
            return Base64.getDecoder().decode(Files.readString(keyFile).strip());
        }
        Files.createDirectories(keyFile.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
        if (Files.getFileStore(keyFile).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        }
        return fresh;
    }

    /** Encrypts the stream into a new stored file and returns its key, plaintext size and SHA-256. */
    public Stored store(InputStream plaintext) throws IOException {
        String name = UUID.randomUUID() + ".bin";
        Path file = directory.resolve(name);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            long size;
            try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 CipherOutputStream out = new CipherOutputStream(raw, cipher)) {
                raw.write(nonce);
                size = new DigestInputStream(plaintext, sha).transferTo(out);
            } // closing writes the GCM tag
            try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            return new Stored(name, size, HexFormat.of().formatHex(sha.digest()));
        } catch (GeneralSecurityException e) {
            Files.deleteIfExists(file);
            throw new IOException("encryption unavailable: " + e.getClass().getSimpleName(), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Opens a stored file for reading; the tag is checked when the stream reaches its end. */
    public InputStream open(String storageKey) throws IOException {
        Path file = resolve(storageKey);
        InputStream in = Files.newInputStream(file);
        try {
            byte[] nonce = in.readNBytes(NONCE_BYTES);
            if (nonce.length != NONCE_BYTES) {
                throw new IOException("stored file is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            return new CipherInputStream(in, cipher);
        } catch (GeneralSecurityException e) {
            in.close();
            throw new IOException("decryption unavailable: " + e.getClass().getSimpleName(), e);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** Decrypts a stored file into a new temporary file (deleted by the caller). */
    public Path decryptToTemp(String storageKey, Path tempDir, String suffix) throws IOException {
        Files.createDirectories(tempDir);
        Path temp = Files.createTempFile(tempDir, "inspect-", suffix);
        try (InputStream in = open(storageKey)) {
            Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public void delete(String storageKey) throws IOException {
        Files.deleteIfExists(resolve(storageKey));
    }

    private Path resolve(String storageKey) {
        if (!storageKey.matches("[0-9a-f-]{36}\\.bin")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return directory.resolve(storageKey);
    }
}
