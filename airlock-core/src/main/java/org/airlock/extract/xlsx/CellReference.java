package org.airlock.extract.xlsx;

/**
 * Converts between zero-based column numbers and spreadsheet column letters without allocating
 * for every cell: the streaming reader parses a reference on each of millions of cells.
 */
public final class CellReference {

    private CellReference() {
    }

    /** Column number (zero-based) of a reference such as {@code AB12}; -1 when there are no letters. */
    public static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    /** Letters of a zero-based column: 0 → A, 27 → AB. */
    public static String letters(int column) {
        StringBuilder s = new StringBuilder(3);
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
