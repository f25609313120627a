package org.airlock.extract.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A tar archive, read as a stream: each regular file inspected as a file of its own, links
 * listed and never followed. A tar that ends inside a member is TRUNCATED (the stream cannot go
 * on past it); the members read before stay in the report.
 */
public final class TarArchiveExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ArchiveMembers members = new ArchiveMembers(sink, context, "tar");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                members.begin(entry.getName());
                if (entry.isSymbolicLink() || entry.isLink()) {
                    members.link(entry.getName());
                    continue;
                }
                if (!entry.isFile()) {
                    continue;
                }
                // Tar stores bytes as they are: no compression ratio to check, only the total budget.
                members.inspect(entry.getName(), tar, null);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InspectionException(FailureKind.TRUNCATED, "the tar stream ends or breaks inside a member", e);
        }
        members.finish();
    }
}
