package org.airlock.extract;

/**
 * One non-empty cell of a table as extracted: its zero-based column, its value as text (dates in
 * ISO form), what kind of value it was, and how it is hidden if it is.
 */
public record TableCell(int column, String text, CellKind kind, Visibility visibility) {
}
