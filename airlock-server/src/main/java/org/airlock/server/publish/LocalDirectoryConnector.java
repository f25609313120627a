package org.airlock.server.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Publishes into a local directory (a web server's document root). Each file is written to a
 * temporary file in the same directory, forced to disk, then renamed over the target with an
 * atomic move, so a crash leaves the old file or the new one. Paths are confined to the root,
 * symbolic links included.
 */
public final class LocalDirectoryConnector implements PublishingConnector {

    private final Path root;

    public LocalDirectoryConnector(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The file a target path maps to, after checking it stays inside the root. */
    public Path resolve(TargetPath target) throws IOException {
        Path file = root.resolve(target.value()).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new TargetPath.InvalidTargetException("target path leaves the web root");
        }
        Path parent = file.getParent();
        if (Files.exists(parent) && !parent.toRealPath().startsWith(root)) {
            throw new TargetPath.InvalidTargetException("target path leaves the web root through a link");
        }
        if (Files.isSymbolicLink(file)) {
            throw new TargetPath.InvalidTargetException("target path is a symbolic link");
        }
        return file;
    }

    @Override
    public void publish(TargetPath target, InputStream content) throws IOException {
        Path file = resolve(target);
        Path dir = Files.createDirectories(file.getParent());
        if (!dir.toRealPath().startsWith(root)) {
            throw new TargetPath.InvalidTargetException("target path leaves the web root through a link");
        }
        Path temp = Files.createTempFile(dir, ".airlock-", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.transferTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean withdraw(TargetPath target) throws IOException {
        return Files.deleteIfExists(resolve(target));
    }

    @Override
    public Optional<Long> publishedSize(TargetPath target) throws IOException {
        Path file = resolve(target);
        return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
    }
}
