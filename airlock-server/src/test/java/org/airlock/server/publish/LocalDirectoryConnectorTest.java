package org.airlock.server.publish;

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

class LocalDirectoryConnectorTest {

    @TempDir
    Path dir;

    @Test
    void publishesReplacesAndWithdrawsInsideTheRoot() throws IOException {
        LocalDirectoryConnector connector = new LocalDirectoryConnector(dir.resolve("www"));
        TargetPath target = TargetPath.parse("stats/q3.csv");
        connector.publish(target, stream("old"));
        connector.publish(target, stream("new"));
        Path file = dir.resolve("www/stats/q3.csv");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(connector.publishedSize(target)).contains(3L);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("q3.csv");
        }
        assertThat(connector.withdraw(target)).isTrue();
        assertThat(file).doesNotExist();
        assertThat(connector.withdraw(target)).isFalse();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        LocalDirectoryConnector connector = new LocalDirectoryConnector(dir.resolve("www"));
        TargetPath target = TargetPath.parse("q3.csv");
        connector.publish(target, stream("old release"));
        InputStream failing = new InputStream() {
            private int n;

            @Override
            public int read() throws IOException {
                if (n++ > 5) {
                    throw new IOException("connection lost");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> connector.publish(target, failing)).isInstanceOf(IOException.class);
        assertThat(Files.readString(dir.resolve("www/q3.csv"))).isEqualTo("old release");
        try (var listing = Files.list(dir.resolve("www"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("q3.csv");
        }
    }

    @Test
    void aSymbolicLinkOutOfTheRootIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path root = Files.createDirectories(dir.resolve("www"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        LocalDirectoryConnector connector = new LocalDirectoryConnector(root);
        assertThatThrownBy(() -> connector.publish(TargetPath.parse("escape/x.csv"), stream("x")))
                .isInstanceOf(TargetPath.InvalidTargetException.class);
        try (var listing = Files.list(outside)) {
            assertThat(listing).isEmpty();
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
