package org.airlock.records;

import java.util.Arrays;

/**
 * Counts distinct persons in a file: the same person in a visible sheet and in a pivot cache, or
 * twice in one list, counts once. Keeps only a 64-bit hash of each person's key, in a growable
 * primitive array deduplicated by sorting, so a million records cost about 8 MB and no key text.
 */
public final class PersonIndex {

    private long[] hashes = new long[1024];
    private int size;
    private int sortedSize;

    /** Adds the person whose key hash is {@code key} (see {@link RecordRule#personKey}). */
    public void add(long key) {
        if (size == hashes.length) {
            compact();
            if (size > hashes.length / 2) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
        }
        hashes[size++] = key;
    }

    /** The number of distinct persons added so far. */
    public long distinct() {
        compact();
        return size;
    }

    private void compact() {
        if (sortedSize == size) {
            return;
        }
        Arrays.sort(hashes, 0, size);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || hashes[i] != hashes[unique - 1]) {
                hashes[unique++] = hashes[i];
            }
        }
        size = unique;
        sortedSize = unique;
    }
}
