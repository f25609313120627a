package org.airlock.fingerprint;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * Turns normalised values into the 64-bit keyed hashes a registry holds. Each word, date and
 * identifier is an HMAC-SHA256 (truncated to its first 64 bits) of a kind tag and the normalised
 * value; a multi-word value (a name) is the set of its words' HMACs, sorted and mixed, so word
 * order never matters and a name split over two columns hashes as the same name in one. The mix
 * is keyless but its inputs are keyed: without the key no hash can be computed or checked.
 *
 * <p>Why 64 bits: a scan compares each candidate with the registry's hashes, so the chance that one
 * unrelated value hits any of the 40 million hashes of a 10-million-record, 4-field registry is
 * 4e7 / 2^64, about 2e-12; a match also needs a second field of the same record, so a false match
 * is out of reach even over billions of candidates. Wider hashes would cost memory for nothing.
 *
 * <p>Caches (bounded) the hashes of raw values without digits, of single words and of days, since
 * names and dates repeat across a file. Not thread-safe: one instance per thread.
 */
public final class FieldHasher {

    private final Mac mac;
    private final ValueNormalizer normalizer = new ValueNormalizer();
    private final StringHashCache wordCache = new StringHashCache();
    private final StringHashCache macCache = new StringHashCache();
    private static final int DATE_SLOTS = 1 << 15;
    private final long[] dateDays = new long[DATE_SLOTS];
    // A hash is never 0, so 0 marks an empty slot.
    private final long[] dateHashes = new long[DATE_SLOTS];
    private long[] scratch = new long[16];
    private final byte[] macOut;

    public FieldHasher(FingerprintKey key) {
        this.mac = key.newMac();
        this.macOut = new byte[mac.getMacLength()];
    }

    public ValueNormalizer normalizer() {
        return normalizer;
    }

    /** The keyed hash of the words of all {@code raws} together, as one set; 0 when there are none. */
    public long words(String... raws) {
        int n = 0;
        for (String raw : raws) {
            long[] macs = wordMacs(raw);
            n = append(macs, n);
        }
        return combine(scratch, n);
    }

    /**
     * The HMACs of each normalised word of {@code raw}. Cached by the raw value when it holds no
     * digit (names, countries, statuses repeat down a column), and by word always: a value with
     * digits ("row 17", an A-number) is usually unique, and caching it by its raw form would only
     * fill the cache and push the names out, each then transliterated again.
     */
    public long[] wordMacs(String raw) {
        long key = StringHashCache.key(raw);
        long[] macs = wordCache.get(key);
        if (macs != null) {
            return macs;
        }
        List<String> words = normalizer.words(raw);
        macs = new long[words.size()];
        for (int i = 0; i < macs.length; i++) {
            macs[i] = wordMac(words.get(i));
        }
        if (!hasDigit(raw)) {
            wordCache.put(key, macs);
        }
        return macs;
    }

    /** The HMAC of one normalised word (cached: the HMAC costs more than the look-up). */
    private long wordMac(String word) {
        long key = StringHashCache.key(word);
        long[] known = macCache.get(key);
        if (known != null) {
            return known[0];
        }
        long h = mac(FieldKind.NAME.tag(), word);
        macCache.put(key, new long[] {h});
        return h;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private int append(long[] macs, int n) {
        if (n + macs.length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, n + macs.length));
        }
        System.arraycopy(macs, 0, scratch, n, macs.length);
        return n + macs.length;
    }

    /**
     * Mixes word HMACs into one value, independent of their order and of repeated words. Sorts
     * {@code macs[0..n)} in place. Returns 0 (the "empty" hash) for no words.
     */
    public static long combine(long[] macs, int n) {
        if (n == 0) {
            return 0;
        }
        if (n <= 8) {
            // Insertion sort: names have a few words, and Arrays.sort's dispatch costs more here.
            for (int i = 1; i < n; i++) {
                long v = macs[i];
                int j = i - 1;
                while (j >= 0 && macs[j] > v) {
                    macs[j + 1] = macs[j];
                    j--;
                }
                macs[j + 1] = v;
            }
        } else {
            Arrays.sort(macs, 0, n);
        }
        long h = 0x9E3779B97F4A7C15L;
        long previous = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && macs[i] == previous) {
                continue;
            }
            previous = macs[i];
            h = mix(h ^ macs[i]);
        }
        return h == 0 ? 1 : h;
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix, so distinct word sets stay distinct. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The keyed hash of a calendar day, cached direct-mapped by day number (birth dates repeat;
     * 32,768 slots, 512 KB per thread, cover 89 years of days without collision).
     */
    public long date(LocalDate date) {
        long day = date.toEpochDay();
        int slot = (int) day & (DATE_SLOTS - 1);
        if (dateHashes[slot] != 0 && dateDays[slot] == day) {
            return dateHashes[slot];
        }
        long h = mac(FieldKind.DATE.tag(), date.toString());
        dateDays[slot] = day;
        dateHashes[slot] = h;
        return h;
    }

    /**
     * The keyed hash of an identifier already in {@link ValueNormalizer#identifier} form. Not
     * cached: identifiers are unique, so a cache would only miss.
     */
    public long identifier(String normalised) {
        return mac(FieldKind.IDENTIFIER.tag(), normalised);
    }

    private long mac(char tag, String value) {
        mac.update((byte) tag);
        mac.update((byte) ':');
        mac.update(value.getBytes(StandardCharsets.UTF_8));
        byte[] out = macOut;
        try {
            mac.doFinal(out, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException("HMAC output longer than " + out.length + " bytes", e);
        }
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (out[i] & 0xff);
        }
        return h == 0 ? 1 : h;
    }

    /**
     * The registry hash of one field value of kind {@code kind}, from its raw column values (several
     * for a name split over columns); 0 when the value is empty or not of that kind. A date that
     * reads two ways is taken day-first unless {@code monthFirst}.
     */
    public long field(FieldKind kind, boolean monthFirst, String... raws) {
        switch (kind) {
            case NAME, TEXT -> {
                return words(raws);
            }
            case DATE -> {
                List<LocalDate> dates = ValueNormalizer.dates(String.join(" ", raws));
                if (dates.isEmpty()) {
                    return 0;
                }
                return date(dates.size() > 1 && monthFirst ? dates.get(1) : dates.get(0));
            }
            default -> {
                String id = ValueNormalizer.identifier(String.join("", raws));
                return id == null ? 0 : identifier(id);
            }
        }
    }
}
