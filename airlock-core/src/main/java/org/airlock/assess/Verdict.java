package org.airlock.assess;

/** What the gate decides for a file. Ordered from least to most severe. */
public enum Verdict {
    /** Nothing that needs a person's decision: the file may be published. */
    PASS,
    /** Sign-off required: personal data of limited extent, or the file could not be fully inspected. */
    REVIEW,
    /** Must not be published as it is. */
    BLOCK;

    public Verdict max(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
