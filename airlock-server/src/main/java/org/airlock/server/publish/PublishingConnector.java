package org.airlock.server.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where approved files go: the website. Implementations must make each publication atomic (the
 * site shows the old file or the new one, never part of one). SFTP or object storage can follow
 * the local directory.
 */
public interface PublishingConnector {

    /** Writes the content at the target path, replacing what is there. */
    void publish(TargetPath target, InputStream content) throws IOException;

    /** Removes the file at the target path; true if there was one. */
    boolean withdraw(TargetPath target) throws IOException;

    /** The size of what is published at the target path now, if anything. */
    Optional<Long> publishedSize(TargetPath target) throws IOException;
}
