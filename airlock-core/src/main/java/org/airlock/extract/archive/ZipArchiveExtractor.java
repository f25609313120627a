package org.airlock.extract.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.InspectionException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * A plain zip archive (not an Office file): every member, in the order stored, inspected as a
 * file of its own. Reads through the central directory, so a member whose data is damaged is
 * reported and the next one is still read; a zip without a readable directory is TRUNCATED.
 */
public final class ZipArchiveExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException e) {
            throw new InspectionException(FailureKind.TRUNCATED, "the zip directory is missing or damaged", e);
        }
        try (zip) {
            ArchiveMembers members = new ArchiveMembers(sink, context, "zip");
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                members.begin(name);
                if (entry.isUnixSymlink()) {
                    members.link(name);
                    continue;
                }
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    members.unreadable(name, FailureKind.ENCRYPTED, "encrypted zip member");
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    members.unreadable(name, FailureKind.UNSUPPORTED_TYPE, "compression method " + entry.getMethod());
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
                    long declared = entry.getCompressedSize();
                    members.inspect(name, in, stats != null ? stats::getCompressedCount
                            : declared > 0 ? () -> declared : null);
                } catch (IOException e) {
                    members.unreadable(name, Failures.kindOf(e), Failures.safeDetail(e));
                }
            }
            members.finish();
        }
    }
}
