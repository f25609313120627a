package org.airlock.detect;

import java.util.List;

/**
 * What a policy adds to detection: custom detectors (run with the catalogue, in prose and in every
 * table cell) and an allow-list of values that are never reported.
 */
public record DetectionSettings(List<PatternDetector> custom, AllowList allowList) {

    /** No custom detectors, nothing allowed. */
    public static final DetectionSettings NONE = new DetectionSettings(List.of(), AllowList.EMPTY);

    public DetectionSettings {
        custom = List.copyOf(custom);
    }

    /** The prose catalogue with these settings; {@code today} bounds dates of birth. */
    public TextDetectors catalogue(java.time.LocalDate today) {
        return custom.isEmpty() && allowList.isEmpty() ? TextDetectors.defaults(today) : TextDetectors.withCustom(today, custom, allowList);
    }
}
