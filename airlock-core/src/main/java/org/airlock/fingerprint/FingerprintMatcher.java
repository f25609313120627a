package org.airlock.fingerprint;

/**
 * A loaded registry and the rule for a match, shared by every scanning thread; each file gets its
 * own {@link FingerprintScan}. Hashers are per thread (MACs and transliterators are not
 * thread-safe), and keep their caches across the files a thread scans; so are the memos of recent
 * registry look-ups.
 */
public final class FingerprintMatcher {

    private final FingerprintIndex index;
    private final MatchSettings settings;
    private final ThreadLocal<FieldHasher> hashers;
    private final ThreadLocal<LookupMemo> memos;

    public FingerprintMatcher(FingerprintIndex index, MatchSettings settings) {
        this.index = index;
        this.settings = settings;
        this.hashers = ThreadLocal.withInitial(() -> new FieldHasher(index.key()));
        this.memos = ThreadLocal.withInitial(() -> new LookupMemo(index));
    }

    public FingerprintIndex index() {
        return index;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** A fresh per-file scan, for the calling thread. */
    public FingerprintScan newScan() {
        return new FingerprintScan(index, settings, hashers.get(), memos.get());
    }
}
