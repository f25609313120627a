package org.airlock.assess;

/**
 * How sensitive a file is, on one ordered scale every label scheme maps onto: what may be
 * published, what stays inside, what is confidential, what is restricted by law. The risk model
 * computes one of these per file; labels found in a file are read onto the same scale.
 */
public enum Sensitivity {
    /** May be published: no personal data beyond what the policy says may be published. */
    PUBLIC,
    /** Not for the public website without sign-off: short lists of people, small statistical cells. */
    INTERNAL,
    /** Personal data that identifies private individuals: birth dates, identifiers, long lists. */
    CONFIDENTIAL,
    /** Data the law protects specially: asylum and immigration status, GDPR Art. 9 and 10 data. */
    RESTRICTED;

    public Sensitivity max(Sensitivity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Reads a level from a policy file: case and hyphens do not matter ({@code confidential}). */
    public static Sensitivity parse(String text, String key) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": '" + text + "' is not one of " + java.util.List.of(values()));
        }
    }
}
