package org.airlock.extract.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionException;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;

/**
 * A 7z archive through commons-compress (LZMA/LZMA2 through XZ for Java). 7z compresses members
 * in solid blocks, so a member's own compressed size is unknown: the ratio is checked against the
 * size of the whole archive, which is still a bound a bomb cannot stay under. The decoder's
 * dictionary memory is capped so a crafted header cannot ask for gigabytes.
 */
public final class SevenZipArchiveExtractor implements Extractor {

    private static final int MAX_DECODER_MEMORY_KIB = 256 * 1024;

    /** The current entry's bytes, read in archive order (the way 7z's solid blocks decode cheaply). */
    private static InputStream sequential(SevenZFile sevenZ) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return sevenZ.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return sevenZ.read(b, off, len);
            }
        };
    }

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        long archiveBytes = Files.size(file);
        SevenZFile sevenZ;
        try {
            sevenZ = SevenZFile.builder().setPath(file).setMaxMemoryLimitKiB(MAX_DECODER_MEMORY_KIB).get();
        } catch (PasswordRequiredException e) {
            throw new InspectionException(FailureKind.ENCRYPTED, "7z archive with encrypted headers", e);
        } catch (IOException e) {
            throw new InspectionException(FailureKind.CORRUPT, "the 7z headers cannot be read", e);
        }
        try (sevenZ) {
            ArchiveMembers members = new ArchiveMembers(sink, context, "7z");
            for (SevenZArchiveEntry entry = sevenZ.getNextEntry(); entry != null; entry = sevenZ.getNextEntry()) {
                if (entry.isDirectory() || !entry.hasStream()) {
                    continue;
                }
                members.begin(entry.getName());
                try {
                    members.inspect(entry.getName(), sequential(sevenZ), () -> archiveBytes);
                } catch (PasswordRequiredException e) {
                    throw new InspectionException(FailureKind.ENCRYPTED, "encrypted 7z member", e);
                }
            }
            members.finish();
        } catch (MemoryLimitException e) {
            throw new InspectionException(FailureKind.ZIP_BOMB, "the 7z decoder asks for more memory than the limit", e);
        } catch (IOException e) {
            throw new InspectionException(FailureKind.CORRUPT, "a 7z member cannot be decoded", e);
        }
    }
}
