package org.airlock.extract.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.BoundedCopy;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionException;
import org.apache.commons.compress.compressors.CompressorException;
import org.apache.commons.compress.compressors.CompressorInputStream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * A single compressed file (gzip, bzip2, xz): decompressed under the limits, counting compressed
 * bytes as they are read so a gzip bomb is stopped when its ratio passes the limit, then
 * inspected as the file it holds (a {@code .tar.gz} becomes a tar, which is read as an archive).
 */
public final class CompressedFileExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        context.budget().member();
        long fileBytes = Files.size(file);
        Path temp;
        String name = "(decompressed)";
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             CompressorInputStream in = new CompressorStreamFactory(true).createCompressorInputStream(raw)) {
            if (in instanceof GzipCompressorInputStream gzip && gzip.getMetaData().getFileName() != null
                    && !gzip.getMetaData().getFileName().isBlank()) {
                name = gzip.getMetaData().getFileName();
            }
            InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
            temp = BoundedCopy.toTempFile(in, stats != null ? stats::getCompressedCount : () -> fileBytes, context);
        } catch (CompressorException e) {
            throw new InspectionException(FailureKind.CORRUPT, "compressed stream of an unknown kind", e);
        } catch (IOException e) {
            throw new InspectionException(FailureKind.TRUNCATED, "the compressed stream ends early or is damaged", e);
        }
        try {
            sink.contained(name, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
