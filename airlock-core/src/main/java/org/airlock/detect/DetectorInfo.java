package org.airlock.detect;

import java.util.List;

/**
 * A catalogue entry as {@code airlock detectors} lists it.
 *
 * @param id the detector's stable id (its finding type's id)
 * @param category the report category
 * @param validation what validates a match, in plain words
 * @param context the context words that raise confidence (empty when none are used)
 * @param contextRequired whether a match is only reported near a context word
 * @param confidence the confidence levels it reports, in plain words
 */
public record DetectorInfo(String id, Category category, String validation, List<String> context,
                           boolean contextRequired, String confidence) {

    public DetectorInfo {
        context = List.copyOf(context);
    }

    /** A minimal entry for a detector that does not describe itself. */
    static DetectorInfo of(FindingType type, String validation) {
        return new DetectorInfo(type.id(), type.category(), validation, List.of(), false, "");
    }
}
