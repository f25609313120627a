package org.airlock.eval;

/**
 * How a predicted span counts as finding a labelled one. Both are always reported: EXACT needs
 * the same start and end; OVERLAP needs the spans to share at least one code point. Either way
 * the types must agree (a label may name a detector id or a category id), and each labelled span
 * is matched by at most one prediction and the reverse.
 */
public enum Matching {
    EXACT, OVERLAP;

    boolean matches(Span predicted, Span gold) {
        return this == EXACT ? predicted.sameAs(gold) : predicted.overlaps(gold);
    }
}
