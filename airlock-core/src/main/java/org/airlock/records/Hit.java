package org.airlock.records;

import org.airlock.detect.Detection;
import org.airlock.extract.Visibility;

/**
 * A detection with what it was found in: the source text (a cell value or a text), the column it
 * came from (-1 in free text), and how it is hidden.
 */
public record Hit(Detection detection, String source, int column, Visibility visibility) {

    /** The matched value itself. */
    public String value() {
        return source.substring(detection.start(), detection.end());
    }
}
