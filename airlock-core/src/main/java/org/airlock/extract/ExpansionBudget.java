package org.airlock.extract;

/**
 * What expanding archives and compressed streams has cost so far for one scanned file, across
 * every nesting level: a zip of zips (the 42.zip shape) multiplies members and bytes level by
 * level, so the limits must count the whole tree, not one archive at a time. Shared by the
 * contexts of one file; not thread-safe (one file is inspected by one thread).
 */
public final class ExpansionBudget {

    private final Limits limits;
    private long members;
    private long bytes;

    ExpansionBudget(Limits limits) {
        this.limits = limits;
    }

    /** Counts one more archive member; throws once the file holds more than the limit. */
    public void member() throws InspectionException {
        if (++members > limits.maxEntries()) {
            throw new InspectionException(FailureKind.ZIP_BOMB,
                    "more than " + limits.maxEntries() + " archive members in all, counting nested archives");
        }
    }

    /** Counts {@code n} more expanded bytes; throws once the total passes the limit. */
    public void expanded(long n) throws InspectionException {
        bytes += n;
        if (bytes > limits.maxExpandedBytes()) {
            throw new InspectionException(FailureKind.ZIP_BOMB,
                    "expands to more than " + limits.maxExpandedBytes() + " bytes in all, counting nested archives");
        }
    }

    public long members() {
        return members;
    }

    public long bytes() {
        return bytes;
    }
}
