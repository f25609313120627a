package org.airlock.extract;

/** What a table cell held in the file: text, a number, a date (dates are given as ISO text), a boolean. */
public enum CellKind {
    TEXT, NUMBER, DATE, BOOLEAN
}
