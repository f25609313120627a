package org.airlock.fingerprint;

import java.util.List;

/**
 * What a registry says about itself: its name (the dataset, e.g. "case-file-2026-11"), its fields,
 * the key check value, and whether ambiguous dates were read month-first when it was built.
 */
public record RegistryHeader(String name, List<RegistryField> fields, long keyCheck, boolean monthFirst) {

    /** Records address fields in 4 bits of a posting, see {@link FingerprintIndex}. */
    public static final int MAX_FIELDS = 15;

    public RegistryHeader {
        fields = List.copyOf(fields);
        if (fields.isEmpty() || fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("a registry has 1 to " + MAX_FIELDS + " fields, not " + fields.size());
        }
    }
}
