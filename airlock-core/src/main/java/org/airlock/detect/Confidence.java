package org.airlock.detect;

/** How sure a detector is, in three steps a reader can act on. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** One step up, capped at HIGH (a context word or a matching column header). */
    public Confidence raised() {
        return this == LOW ? MEDIUM : HIGH;
    }

    /** One step down; null below LOW (a word that says the number is something else). */
    public Confidence lowered() {
        return this == HIGH ? MEDIUM : this == MEDIUM ? LOW : null;
    }

    public Confidence max(Confidence other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
