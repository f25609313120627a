package org.airlock.eval;

import java.util.ArrayList;
import java.util.List;
import org.airlock.detect.Category;
import org.airlock.detect.Confidence;
import org.airlock.detect.Detection;
import org.airlock.detect.FindingType;
import org.airlock.detect.TextDetectors;

/**
 * Runs the prose catalogue over a case's text and turns detections at or above a confidence into
 * spans in code points (Java strings count UTF-16 units; the cases count code points).
 */
public final class CasePredictor {

    private final TextDetectors detectors;
    private final Confidence minimum;

    public CasePredictor(TextDetectors detectors, Confidence minimum) {
        this.detectors = detectors;
        this.minimum = minimum;
    }

    public List<Span> predict(String text) {
        List<Span> out = new ArrayList<>();
        for (Detection d : detectors.detect(text)) {
            if (d.confidence().compareTo(minimum) >= 0) {
                out.add(new Span(d.type().id(), text.codePointCount(0, d.start()), text.codePointCount(0, d.end())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Span::start));
        return out;
    }

    /** The category id of a detector id ({@code national-id}), or the id itself when it is no detector's. */
    public static String categoryOf(String typeId) {
        FindingType type = FindingType.byId(typeId);
        return type == null ? typeId : categoryId(type.category());
    }

    /** A category as eval labels name it: {@code NATIONAL_ID} is {@code national-id}. */
    public static String categoryId(Category category) {
        return category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
