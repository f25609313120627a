package org.airlock.records;

import java.nio.charset.StandardCharsets;
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

    /** Adds the person identified by {@code key} (a normalised name and birth date, or an identifier). */
    public void add(String key) {
        if (size == hashes.length) {
            compact();
            if (size > hashes.length / 2) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
        }
        hashes[size++] = fnv1a64(key);
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

    /**
     * FNV-1a, 64 bits, over the key's UTF-8 bytes. Written here because the JDK offers no
     * non-cryptographic 64-bit string hash and SHA-256 would cost a third of a second per million
     * keys; collisions at this width are negligible for counting (about 1 in 10^7 at a million keys).
     */
    static long fnv1a64(String key) {
        long hash = 0xcbf29ce484222325L;
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
