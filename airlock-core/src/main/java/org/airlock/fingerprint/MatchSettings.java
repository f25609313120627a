package org.airlock.fingerprint;

/**
 * When a registry record counts as found.
 *
 * @param minFields how many distinct fields of one record must appear together (default 2)
 * @param window in text, how many characters apart those values may be (default 200)
 * @param identifierAlone whether one identifier field (kind {@link FieldKind#IDENTIFIER}) is
 *     enough by itself
 */
public record MatchSettings(int minFields, int window, boolean identifierAlone) {

    public static final MatchSettings DEFAULTS = new MatchSettings(2, 200, false);

    public MatchSettings {
        if (minFields < 1 || window < 1) {
            throw new IllegalArgumentException("minimum fields and window must be 1 or more");
        }
    }
}
