package org.airlock.detect;

/**
 * One match inside a value: where it is (character offsets, end exclusive), what it is, how sure,
 * and why. It holds positions, never a copy of the value.
 *
 * @param explanation plain words: what matched and what validated it
 */
public record Detection(FindingType type, int start, int end, Confidence confidence, String explanation) {
    public Detection {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("detection span " + start + ".." + end + " is not a span");
        }
    }
}
