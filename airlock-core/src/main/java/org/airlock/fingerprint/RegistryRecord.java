package org.airlock.fingerprint;

/**
 * One record as a registry stores it: its id (a record key such as a case number, stored in
 * clear: choose a key that is not itself personal data) and one keyed hash per field (0 when the
 * field was empty).
 */
public record RegistryRecord(String id, long[] hashes) {
}
