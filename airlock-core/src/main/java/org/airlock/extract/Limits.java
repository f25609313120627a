package org.airlock.extract;

import java.time.Duration;

/**
 * Bounds on what one file may cost. Exceeding one is never a silent skip: the file becomes
 * REVIEW with the limit named. Raising a limit is configuration (the policy file).
 *
 * @param maxFileBytes largest file inspected
 * @param maxExpandedBytes largest total uncompressed size of a zip-based file's entries
 * @param maxEntries most entries in a zip-based file
 * @param maxCompressionRatio largest uncompressed/compressed ratio of one zip entry (zip bombs)
 * @param maxDepth deepest nesting of embedded documents
 * @param timeout longest time spent on one file
 * @param maxPages most pages of a PDF inspected; a longer document is REVIEW with the pages not inspected named
 */
public record Limits(long maxFileBytes, long maxExpandedBytes, int maxEntries, double maxCompressionRatio,
                     int maxDepth, Duration timeout, int maxPages) {

    /** Default {@link #maxPages}: four times the 500-page document of the benchmark. */
    public static final int DEFAULT_MAX_PAGES = 2_000;

    public static final Limits DEFAULTS = new Limits(
            1L << 30, 4L << 30, 20_000, 200.0, 5, Duration.ofMinutes(5), DEFAULT_MAX_PAGES);

    public Limits {
        if (maxFileBytes <= 0 || maxExpandedBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 1 || maxDepth < 0
                || maxPages <= 0) {
            throw new IllegalArgumentException("limits must be positive (compression ratio above 1): " + this);
        }
    }

    /** Limits with the default page limit, for callers written before PDFs were inspected. */
    public Limits(long maxFileBytes, long maxExpandedBytes, int maxEntries, double maxCompressionRatio,
                  int maxDepth, Duration timeout) {
        this(maxFileBytes, maxExpandedBytes, maxEntries, maxCompressionRatio, maxDepth, timeout, DEFAULT_MAX_PAGES);
    }
}
