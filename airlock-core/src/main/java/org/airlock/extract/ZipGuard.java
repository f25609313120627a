package org.airlock.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a zip-based file's central directory against the limits before anything is expanded:
 * entry count, total declared size, and each large entry's compression ratio. Declared sizes can
 * lie, so POI's {@code ZipSecureFile} also checks the real ratio while reading; this check catches
 * the honest bombs cheaply and names the limit.
 */
public final class ZipGuard {

    private static final long SMALL_ENTRY = 1L << 20;

    private ZipGuard() {
    }

    private static boolean firstEntryReadable(Path file) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(file))) {
            java.util.zip.ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                return false;
            }
            in.readNBytes(64);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static void check(Path file, Limits limits) throws InspectionException, IOException {
        long total = 0;
        int count = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new InspectionException(FailureKind.ZIP_BOMB, "more than " + limits.maxEntries() + " entries");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > 0) {
                    total += size;
                    if (size > SMALL_ENTRY && compressed > 0 && (double) size / compressed > limits.maxCompressionRatio()) {
                        throw new InspectionException(FailureKind.ZIP_BOMB, "entry " + entry.getName() + " expands "
                                + Math.round((double) size / compressed) + " times");
                    }
                }
                if (total > limits.maxExpandedBytes()) {
                    throw new InspectionException(FailureKind.ZIP_BOMB, "expands to more than " + limits.maxExpandedBytes() + " bytes");
                }
            }
        } catch (ZipException e) {
            // Readable entries without a directory: the end of the file is missing. Nothing readable: damaged.
            if (firstEntryReadable(file)) {
                throw new InspectionException(FailureKind.TRUNCATED, "the zip directory at the end of the file is missing", e);
            }
            throw new InspectionException(FailureKind.CORRUPT, "no readable zip entries", e);
        }
    }
}
