package org.airlock.fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A registry loaded for matching, in primitive arrays only. Every non-empty field hash of every
 * live record is one entry: its hash ({@code long}) and a posting ({@code int}: record ordinal
 * times 16 plus field index). Entries are sorted by hash, then by posting, by a counting sort on
 * the hash's top bits into buckets (the bucket table is the index: a lookup reads one bucket),
 * so a value shared by many records (a birth date) is one contiguous run of postings, itself
 * sorted by record, which lets the matcher ask "does record r have this value?" by binary search.
 *
 * <p>In front of the buckets, a blocked Bloom filter of the keyed hashes (one 64-bit word per
 * lookup, 5 to 8 bits per entry) answers "not registered" for most scanned values with one
 * memory access.
 *
 * <p>Memory per record of F fields: 12 F bytes of entries, about 4 bytes of bucket table per 4
 * entries, at most 1 byte of filter per entry, and the id (its UTF-8 bytes plus a 4-byte
 * offset): about 66 bytes for 4 fields and a 10-character id, so 10 million records take about
 * 660 MB (loading briefly needs the unsorted
 * entries as well, about 480 MB more). The JDK has no primitive multimap; boxed maps would cost
 * five times as much, hence the hand-written layout.
 *
 * <p>Immutable once built and safe to share between scanning threads.
 */
public final class FingerprintIndex {

    private final RegistryHeader header;
    private final FingerprintKey key;
    private final long[] hashes;
    private final int[] postings;
    private final int[] buckets;
    private final int shift;
    private final long[] filter;
    private final int filterMask;
    private final byte[] ids;
    private final int[] idOffsets;
    private final int records;
    private final long live;
    private final Map<Integer, String> canaries;

    private FingerprintIndex(RegistryHeader header, FingerprintKey key, long[] hashes, int[] postings, int[] buckets, int shift,
                             long[] filter, byte[] ids, int[] idOffsets, int records, long live, Map<Integer, String> canaries) {
        this.header = header;
        this.key = key;
        this.hashes = hashes;
        this.postings = postings;
        this.buckets = buckets;
        this.shift = shift;
        this.filter = filter;
        this.filterMask = filter.length - 1;
        this.ids = ids;
        this.idOffsets = idOffsets;
        this.records = records;
        this.live = live;
        this.canaries = canaries;
    }

    /**
     * Loads {@code file}, checking that {@code key} is its key.
     *
     * @throws IllegalArgumentException when the key is wrong
     * @throws IOException when the file is not a registry or is damaged
     */
    public static FingerprintIndex load(Path file, FingerprintKey key) throws IOException {
        RegistryHeader header = RegistryFile.readHeader(file);
        RegistryFile.checkKey(header, key);
        // First pass: which ids are removed, and by which block (a later add brings a record back).
        Map<String, Integer> removedAt = new HashMap<>();
        RegistryFile.read(file, new RegistryFile.Visitor() {
            @Override
            public void added(int block, String label, boolean canary, String id, long[] h) {
            }

            @Override
            public void removed(int block, String id) {
                removedAt.put(id, block);
            }
        });
        // Sized from the file (a record is at least 8 bytes per field plus 4 of framing), so the
        // arrays are not regrown, which would briefly hold two copies.
        int fieldCount = header.fields().size();
        long estimate = Math.min((1L << 27) - 1, java.nio.file.Files.size(file) / (8L * fieldCount + 4));
        Builder builder = new Builder(fieldCount, (int) estimate);
        RegistryFile.read(file, new RegistryFile.Visitor() {
            @Override
            public void added(int block, String label, boolean canary, String id, long[] h) {
                Integer removed = removedAt.get(id);
                if (removed == null || removed < block) {
                    builder.add(id, h, canary ? label : null);
                }
            }

            @Override
            public void removed(int block, String id) {
            }
        });
        return builder.build(header, key);
    }

    /** Collects records, then sorts them into an index. */
    static final class Builder {
        private final int fields;
        private long[] hashes;
        private int[] postings;
        private int entries;
        private byte[] ids = new byte[4096];
        private int idBytes;
        private int[] idOffsets;
        private int records;
        private final Map<Integer, String> canaries = new HashMap<>();

        Builder(int fields, int expectedRecords) {
            this.fields = fields;
            long capacity = Math.max(1024L, Math.min(Integer.MAX_VALUE - 8L, (long) expectedRecords * fields));
            this.hashes = new long[(int) capacity];
            this.postings = new int[(int) capacity];
            this.idOffsets = new int[Math.max(257, expectedRecords + 2)];
        }

        void add(String id, long[] h, String canaryLabel) {
            if (records >= (1 << 27) - 1) {
                throw new IllegalStateException("a registry holds at most " + ((1 << 27) - 1) + " records");
            }
            byte[] idUtf8 = id.getBytes(StandardCharsets.UTF_8);
            if (idBytes + idUtf8.length > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, idBytes + idUtf8.length));
            }
            System.arraycopy(idUtf8, 0, ids, idBytes, idUtf8.length);
            idBytes += idUtf8.length;
            if (records + 2 > idOffsets.length) {
                idOffsets = Arrays.copyOf(idOffsets, idOffsets.length * 2);
            }
            idOffsets[records + 1] = idBytes;
            for (int f = 0; f < fields; f++) {
                if (h[f] == 0) {
                    continue;
                }
                if (entries == hashes.length) {
                    int grown = hashes.length + (hashes.length >> 1);
                    hashes = Arrays.copyOf(hashes, grown);
                    postings = Arrays.copyOf(postings, grown);
                }
                hashes[entries] = h[f];
                postings[entries] = (records << 4) | f;
                entries++;
            }
            if (canaryLabel != null) {
                canaries.put(records, canaryLabel);
            }
            records++;
        }

        FingerprintIndex build(RegistryHeader header, FingerprintKey key) {
            int bits = Math.max(8, Math.min(26, 63 - Long.numberOfLeadingZeros(Math.max(1, entries)) - 1));
            int shift = 64 - bits;
            int[] buckets = new int[(1 << bits) + 1];
            for (int i = 0; i < entries; i++) {
                buckets[(int) (hashes[i] >>> shift) + 1]++;
            }
            for (int b = 1; b < buckets.length; b++) {
                buckets[b] += buckets[b - 1];
            }
            long[] sortedHashes = new long[entries];
            int[] sortedPostings = new int[entries];
            int[] fill = Arrays.copyOf(buckets, buckets.length - 1);
            for (int i = 0; i < entries; i++) {
                int at = fill[(int) (hashes[i] >>> shift)]++;
                sortedHashes[at] = hashes[i];
                sortedPostings[at] = postings[i];
            }
            hashes = null;
            postings = null;
            // Within a bucket: a stable insertion sort by hash keeps postings in record order.
            for (int b = 0; b + 1 < buckets.length; b++) {
                for (int i = buckets[b] + 1; i < buckets[b + 1]; i++) {
                    long h = sortedHashes[i];
                    int p = sortedPostings[i];
                    int j = i - 1;
                    while (j >= buckets[b] && Long.compareUnsigned(sortedHashes[j], h) > 0) {
                        sortedHashes[j + 1] = sortedHashes[j];
                        sortedPostings[j + 1] = sortedPostings[j];
                        j--;
                    }
                    sortedHashes[j + 1] = h;
                    sortedPostings[j + 1] = p;
                }
            }
            long[] filter = new long[filterWords(entries)];
            for (int i = 0; i < entries; i++) {
                filter[(int) sortedHashes[i] & (filter.length - 1)] |= filterBits(sortedHashes[i]);
            }
            return new FingerprintIndex(header, key, sortedHashes, sortedPostings, buckets, shift, filter,
                    Arrays.copyOf(ids, idBytes), Arrays.copyOf(idOffsets, records + 1), records, records, Map.copyOf(canaries));
        }
    }

    public RegistryHeader header() {
        return header;
    }

    /** The key the registry was loaded with, for the hashers of scanning threads. */
    public FingerprintKey key() {
        return key;
    }

    /** Live (not removed) records. */
    public long records() {
        return live;
    }

    /** Field hash entries held. */
    public long entries() {
        return hashes.length;
    }

    /**
     * The size of the prefilter in 64-bit words: the largest power of two that is at most one
     * word per 8 entries (so 5 to 8 bits per entry), at least one word.
     */
    static int filterWords(int entries) {
        return Integer.highestOneBit(Math.max(1, entries / 8));
    }

    /**
     * The three bits a hash sets in its filter word. The word is chosen by the hash's low bits
     * and the bits by three 6-bit slices of its high bits, so the choices are independent; the
     * hashes are keyed HMAC outputs, uniform already, so no further mixing is needed.
     */
    static long filterBits(long hash) {
        return (1L << (hash >>> 58)) | (1L << ((hash >>> 52) & 63)) | (1L << ((hash >>> 46) & 63));
    }

    /**
     * Whether {@code hash} may be in the registry: a blocked Bloom filter of one 64-bit word per
     * lookup, built from the registry's keyed hashes. Most values in a scanned file are not
     * registered, and for them this one memory access replaces the bucket table's and the
     * binary search's (two to four cache misses in hundreds of MB). False positives (a few
     * percent) only cost the full lookup; there are no false negatives.
     */
    boolean mayContain(long hash) {
        long bits = filterBits(hash);
        return (filter[(int) hash & filterMask] & bits) == bits;
    }

    /**
     * Where the postings of {@code hash} are: {@code [from, to)} packed as {@code from << 32 | to},
     * 0 when none.
     */
    long find(long hash) {
        if (!mayContain(hash)) {
            return 0;
        }
        int b = (int) (hash >>> shift);
        int lo = buckets[b];
        int hi = buckets[b + 1];
        // Lower bound by binary search: a bucket can hold a long run of one shared value.
        int l = lo;
        int h = hi;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (Long.compareUnsigned(hashes[mid], hash) < 0) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        if (l >= hi || hashes[l] != hash) {
            return 0;
        }
        // Upper bound by binary search too: a common value (a nationality) is a run of millions.
        int from = l;
        h = hi;
        l = from + 1;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (hashes[mid] == hash) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        return ((long) from << 32) | l;
    }

    int posting(int at) {
        return postings[at];
    }

    /** All field indexes of {@code record} in the run (a record can hold one value in two fields), as a bit mask. */
    int fieldsOf(int record, int from, int to) {
        int l = from;
        int h = to;
        int lowest = record << 4;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (postings[mid] < lowest) {
                l = mid + 1;
            } else {
                h = mid;
            }
        }
        int mask = 0;
        for (int i = l; i < to && (postings[i] >>> 4) == record; i++) {
            mask |= 1 << (postings[i] & 15);
        }
        return mask;
    }

    public String id(int record) {
        return new String(ids, idOffsets[record], idOffsets[record + 1] - idOffsets[record], StandardCharsets.UTF_8);
    }

    /** The extract a canary record was planted in, or null when the record is not a canary. */
    public String canaryExtract(int record) {
        return canaries.get(record);
    }

    int recordCount() {
        return records;
    }
}
