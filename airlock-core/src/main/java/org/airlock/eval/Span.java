package org.airlock.eval;

/**
 * A labelled or predicted span: a detector or category id and Unicode code-point offsets, end
 * exclusive.
 */
public record Span(String type, int start, int end) {

    public Span {
        if (type == null || type.isBlank() || start < 0 || end <= start) {
            throw new IllegalArgumentException("span needs a type and 0 <= start < end (got " + type + " " + start + ".." + end + ")");
        }
    }

    boolean sameAs(Span other) {
        return start == other.start && end == other.end;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
