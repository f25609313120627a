package org.airlock.extract;

/**
 * A grid of rows: a worksheet, a CSV file, a pivot cache, a chart cache.
 *
 * @param location where the table is (its part); cell references are added per finding
 * @param visibility how the whole table is hidden (a hidden sheet), VISIBLE otherwise
 * @param cellReferences how cells are named: A1 style for sheets and CSV, records for caches
 */
public record TableSource(Location location, Visibility visibility, CellReferences cellReferences) {

    /** How a table names a range of cells in one column. */
    public enum CellReferences {
        /** Spreadsheet A1 references: {@code B2:B6253}. */
        A1,
        /** Record numbers with the field's name: {@code field 'Name', records 1-6252}. */
        RECORDS
    }
}
