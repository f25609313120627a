package org.airlock.server.submission;

import java.util.List;

/**
 * What the gate found in one file, as stored and shown: evidence is masked. Unmasked evidence is
 * never stored; a privacy officer's request re-inspects the encrypted copy.
 *
 * @param changes differences from the release published at the same path that need review
 */
public record FileResult(String type, String verdict, long persons, List<String> categories, List<String> reasons,
                         List<Finding> findings, List<Hidden> hiddenContent, List<NotInspected> notInspected,
                         List<String> changes) {

    /** One finding with masked evidence. */
    public record Finding(String type, String category, String location, String visibility, boolean hidden,
                          String confidence, long count, String evidence, String explanation) {
    }

    /** One entry of the hidden-content inventory. */
    public record Hidden(String kind, String description, String location, long count) {
    }

    /** A part that could not be inspected. */
    public record NotInspected(String kind, String location, String reason) {
    }
}
