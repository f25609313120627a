package org.airlock.extract.pdf;

import java.util.Locale;

/**
 * A rectangle in PDF page space (points, origin at the page's lower left), normalised so that
 * {@code x0 <= x1} and {@code y0 <= y1}.
 */
record Area(float x0, float y0, float x1, float y1) {

    Area {
        if (x0 > x1) {
            float t = x0;
            x0 = x1;
            x1 = t;
        }
        if (y0 > y1) {
            float t = y0;
            y0 = y1;
            y1 = t;
        }
    }

    boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    float width() {
        return x1 - x0;
    }

    float height() {
        return y1 - y0;
    }

    float size() {
        return width() * height();
    }

    Area union(Area other) {
        return new Area(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    /** "box at x 72-540, y 690-712 pt" (whole points: enough to find it on the page). */
    String describe() {
        return String.format(Locale.ROOT, "box at x %d-%d, y %d-%d pt", Math.round(x0), Math.round(x1), Math.round(y0), Math.round(y1));
    }
}
