package org.airlock.eval;

import java.util.List;

/** One line of a cases file: an id, a text and the spans that should be found in it (possibly none). */
public record EvalCase(String id, String text, List<Span> spans) {
    public EvalCase {
        spans = List.copyOf(spans);
    }
}
