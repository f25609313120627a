package org.airlock.detect;

import java.util.List;

/**
 * Finds one kind of personal data in free text (a comment, a property, a cell of prose). A
 * detector is stateless and thread-safe; it adds what it finds to {@code out} and never keeps the
 * value.
 */
public interface TextDetector {

    /** The type this detector reports. */
    FindingType type();

    /**
     * Adds every match in {@code text} to {@code out}.
     *
     * @param text the text, as extracted (not normalised)
     * @param lowerText the same text in lower case, shared between detectors to save work
     * @param out where matches go
     */
    void detect(String text, String lowerText, List<Detection> out);

    /**
     * Adds every match in {@code text} to {@code out}, given the text's profile (which a detector
     * may use to look only where digits are). The default ignores the profile.
     */
    default void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        detect(text, lowerText, out);
    }

    /**
     * Whether this detector could match a text with this profile; false lets the catalogue skip
     * it without running a regular expression. The default says yes.
     */
    default boolean mayMatch(TextProfile profile) {
        return true;
    }

    /** What this detector is and how it validates, for {@code airlock detectors}. */
    default DetectorInfo info() {
        return DetectorInfo.of(type(), getClass().getSimpleName());
    }
}
