package org.airlock.fingerprint;

/**
 * Recent registry look-ups of one scanning thread, direct-mapped by hash. Names, dates and
 * countries repeat down a file and across files, and a look-up in a large registry costs several
 * cache misses (a common value's run is found by binary search over millions of entries); a slot
 * here is one. Valid for the life of its index, which is immutable. Not thread-safe: one per thread.
 */
final class LookupMemo {

    /** 131,072 slots of two longs: 2 MB, held once per scanning thread (an index is hundreds of MB). */
    private static final int SLOTS = 1 << 17;

    private final FingerprintIndex index;
    private final long[] hashes = new long[SLOTS];
    private final long[] runs = new long[SLOTS];

    LookupMemo(FingerprintIndex index) {
        this.index = index;
    }

    /** {@link FingerprintIndex#find}, answered from the memo when the hash was looked up lately. */
    long find(long hash) {
        // Hashes are never 0 (0 means "no value"), so an empty slot never answers.
        int slot = (int) (hash ^ (hash >>> 32)) & (SLOTS - 1);
        if (hashes[slot] == hash) {
            return runs[slot];
        }
        long run = index.find(hash);
        hashes[slot] = hash;
        runs[slot] = run;
        return run;
    }
}
