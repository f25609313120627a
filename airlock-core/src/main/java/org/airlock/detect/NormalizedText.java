package org.airlock.detect;

/**
 * Text as the detectors see it, with the way back to the original: {@code starts[i]} is where
 * normalised character {@code i} begins in the original and {@code ends[i]} where it ends. Both
 * are null when nothing changed, the common case.
 */
public record NormalizedText(String original, String text, int[] starts, int[] ends) {

    /** Whether normalisation changed anything. */
    public boolean changed() {
        return starts != null;
    }

    /** The original offset where a span starting at normalised {@code start} begins. */
    public int originalStart(int start) {
        if (starts == null) {
            return start;
        }
        return start < starts.length ? starts[start] : original.length();
    }

    /** The original offset where a span ending (exclusive) at normalised {@code end} ends. */
    public int originalEnd(int end) {
        if (ends == null) {
            return end;
        }
        return end == 0 ? 0 : ends[end - 1];
    }

    /** A detection on the normalised text, moved onto the original. */
    public Detection toOriginal(Detection d) {
        if (starts == null) {
            return d;
        }
        return new Detection(d.type(), originalStart(d.start()), originalEnd(d.end()), d.confidence(), d.explanation());
    }
}
