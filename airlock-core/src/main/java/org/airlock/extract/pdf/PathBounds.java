package org.airlock.extract.pdf;

/**
 * The bounding box, in page space, of the path being built by a content stream's path operators.
 * Only the extent matters here (is text under what gets filled?), so curves count by their control
 * points, which bound them.
 */
final class PathBounds {

    private float x0 = Float.POSITIVE_INFINITY;
    private float y0 = Float.POSITIVE_INFINITY;
    private float x1 = Float.NEGATIVE_INFINITY;
    private float y1 = Float.NEGATIVE_INFINITY;

    void add(float x, float y) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
    }

    boolean isEmpty() {
        return x0 > x1 || y0 > y1;
    }

    /** The box so far, or null for an empty path. */
    Area area() {
        return isEmpty() ? null : new Area(x0, y0, x1, y1);
    }

    void clear() {
        x0 = Float.POSITIVE_INFINITY;
        y0 = Float.POSITIVE_INFINITY;
        x1 = Float.NEGATIVE_INFINITY;
        y1 = Float.NEGATIVE_INFINITY;
    }
}
