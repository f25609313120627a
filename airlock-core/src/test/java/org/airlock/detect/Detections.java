package org.airlock.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs one detector the way {@link TextDetectors} does and reads back what it matched. */
final class Detections {

    private Detections() {
    }

    static List<Detection> run(TextDetector detector, String text) {
        List<Detection> out = new ArrayList<>();
        detector.detect(text, text.toLowerCase(Locale.ROOT), out);
        return out;
    }

    /** The matched substrings, in the detector's order. */
    static List<String> matches(TextDetector detector, String text) {
        return run(detector, text).stream().map(d -> text.substring(d.start(), d.end())).toList();
    }
}
