package org.airlock.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Copies an expanding stream (an archive member, a decompressed file, a mail attachment) into a
 * temporary file with a generated name, counting every byte against the file's
 * {@link ExpansionBudget} and checking the expansion ratio as the bytes arrive: declared sizes in
 * archive headers can lie, the bytes cannot. The member's own name is never used on disk, so a
 * path-traversal name cannot write anywhere.
 */
public final class BoundedCopy {

    /** Members smaller than this are never called bombs, whatever their ratio (tiny files compress well). */
    private static final long RATIO_FLOOR = 1L << 20;
    private static final int BUFFER = 64 * 1024;

    private BoundedCopy() {
    }

    /**
     * @param in the expanding stream (not closed here)
     * @param compressedSoFar how many compressed bytes have been read for these expanded bytes, or
     *     {@code null} when unknown; used for the ratio check
     * @param context the file's context: its limits, budget and deadline
     * @return a new temporary file the caller must delete
     * @throws InspectionException {@link FailureKind#ZIP_BOMB} as soon as a limit is passed (the
     *     partial temporary file is deleted)
     */
    public static Path toTempFile(InputStream in, LongSupplier compressedSoFar, ExtractionContext context)
            throws IOException, InspectionException {
        Path temp = Files.createTempFile("airlock-member-", ".bin");
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            long written = 0;
            double maxRatio = context.limits().maxCompressionRatio();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                context.checkDeadline();
                context.budget().expanded(n);
                out.write(buffer, 0, n);
                written += n;
                if (written > RATIO_FLOOR && compressedSoFar != null) {
                    long compressed = Math.max(1, compressedSoFar.getAsLong());
                    if ((double) written / compressed > maxRatio) {
                        throw new InspectionException(FailureKind.ZIP_BOMB, "a member expands more than "
                                + Math.round(maxRatio) + " times its compressed size");
                    }
                }
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        return temp;
    }
}
