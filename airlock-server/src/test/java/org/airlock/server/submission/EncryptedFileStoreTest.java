package org.airlock.server.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileStoreTest {

    @TempDir
    Path dir;

    private static final byte[] PLAIN = "Name,A-Number\nExample Person,A123456789\n".repeat(50).getBytes(StandardCharsets.UTF_8);

    @Test
    void storedFilesAreCiphertextAndReadBackExactly() throws IOException {
        byte[] key = EncryptedFileStore.loadKey(null, dir.resolve("keys/storage.key"));
        EncryptedFileStore store = new EncryptedFileStore(dir.resolve("uploads"), key);
        EncryptedFileStore.Stored stored = store.store(new ByteArrayInputStream(PLAIN));
        assertThat(stored.size()).isEqualTo(PLAIN.length);
        byte[] onDisk = Files.readAllBytes(dir.resolve("uploads").resolve(stored.key()));
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("A123456789").doesNotContain("Example");
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(PLAIN);
        }
        // The same key file is used again on the next start.
        assertThat(EncryptedFileStore.loadKey(null, dir.resolve("keys/storage.key"))).isEqualTo(key);
    }

    @Test
    void aStoredFileAlteredOnDiskFailsToOpen() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir.resolve("uploads"), new byte[32]);
        EncryptedFileStore.Stored stored = store.store(new ByteArrayInputStream(PLAIN));
        Path file = dir.resolve("uploads").resolve(stored.key());
        byte[] bytes = Files.readAllBytes(file);
        bytes[40] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(stored.key())) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void theWrongKeyCannotRead() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir.resolve("uploads"), new byte[32]);
        EncryptedFileStore.Stored stored = store.store(new ByteArrayInputStream(PLAIN));
        byte[] other = new byte[32];
        other[0] = 1;
        EncryptedFileStore wrong = new EncryptedFileStore(dir.resolve("uploads"), other);
        assertThatThrownBy(() -> {
            try (InputStream in = wrong.open(stored.key())) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }
}
