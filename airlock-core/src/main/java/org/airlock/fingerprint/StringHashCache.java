package org.airlock.fingerprint;

/**
 * A bounded cache from strings to the word hashes computed for them, keyed by a 64-bit hash of
 * the string's characters instead of the string itself. Written by hand because a scan looks a
 * value up once per cell: with a {@code HashMap<String, ...>} each look-up follows a node, its
 * key and the key's bytes (three cache misses in a map of tens of thousands of names, half of
 * the matcher's time in profiles), while here a look-up is one pass over the characters and one
 * cache line of keys. Two different strings with the same 64-bit hash would share an entry: a
 * file with a million distinct values has about one chance in 30 million of holding such a pair,
 * and a wrong entry can only turn into a match if its hashes also fit a second field of one
 * registry record.
 *
 * <p>4-way set-associative, the oldest way of a full set replaced: names recur in no particular
 * order, so a direct-mapped table would keep evicting one name for another. Not thread-safe.
 */
final class StringHashCache {

    private static final int SETS = 1 << 14;
    private static final int WAYS = 4;

    // A key is never 0 (see key()), so 0 marks an empty way.
    private final long[] keys = new long[SETS * WAYS];
    private final long[][] values = new long[SETS * WAYS][];
    private final byte[] next = new byte[SETS];

    /** The 64-bit key of {@code s}: FNV-1a over its characters, then a SplitMix64 finaliser to spread the bits. */
    static long key(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    /** The value held for {@code key}, or null. */
    long[] get(long key) {
        int base = set(key) * WAYS;
        for (int w = 0; w < WAYS; w++) {
            if (keys[base + w] == key) {
                return values[base + w];
            }
        }
        return null;
    }

    void put(long key, long[] value) {
        int set = set(key);
        int base = set * WAYS;
        for (int w = 0; w < WAYS; w++) {
            if (keys[base + w] == 0 || keys[base + w] == key) {
                keys[base + w] = key;
                values[base + w] = value;
                return;
            }
        }
        int victim = next[set];
        next[set] = (byte) ((victim + 1) & (WAYS - 1));
        keys[base + victim] = key;
        values[base + victim] = value;
    }

    private static int set(long key) {
        return (int) (key ^ (key >>> 32)) & (SETS - 1);
    }
}
