package org.airlock.fingerprint;

import java.util.Locale;

/**
 * How a protected field's values are normalised and hashed. The kind, not the column name, goes
 * into the hash, so a name found in a paste is looked up without knowing which column it came
 * from.
 */
public enum FieldKind {
    /** A person's name, in one column or split over several: word set, order-free. */
    NAME('w'),
    /** A date, in any common written form: one calendar day. */
    DATE('d'),
    /** An identifier (A-number, SSN, passport, case number): letters and digits, no separators. */
    IDENTIFIER('i'),
    /** Any other text (nationality, city): word set, like names. */
    TEXT('w');

    private final char tag;

    FieldKind(char tag) {
        this.tag = tag;
    }

    /** The hash domain: names and other text share one, so words are looked up once. */
    char tag() {
        return tag;
    }

    /** Whether one matching value of this kind can be enough for a match (when the settings allow it). */
    public boolean identifier() {
        return this == IDENTIFIER;
    }

    /** The kind a column header suggests: "Date of birth" is a date, "A-Number" an identifier. */
    public static FieldKind guess(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        if (h.contains("name")) {
            return NAME;
        }
        if (h.contains("birth") || h.contains("date") || h.contains("dob")) {
            return DATE;
        }
        if (h.contains("number") || h.contains("ssn") || h.contains("passport") || h.endsWith("id") || h.contains(" id")
                || h.endsWith("no") || h.endsWith("no.") || h.contains("identifier") || h.contains("nr")) {
            return IDENTIFIER;
        }
        return TEXT;
    }

    /** Parses {@code name}, {@code date}, {@code identifier} or {@code text} (also {@code id}). */
    public static FieldKind parse(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "name" -> NAME;
            case "date", "dob" -> DATE;
            case "id", "identifier" -> IDENTIFIER;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("'" + s + "' is not a field kind (name, date, identifier, text)");
        };
    }
}
