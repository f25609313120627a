package org.airlock.extract;

/**
 * A grid of rows: a worksheet, a CSV file, a pivot cache, a chart cache.
 *
 * @param location where the table is (its part); cell references are added per finding
 * @param visibility how the whole table is hidden (a hidden sheet), VISIBLE otherwise
 * @param cellReferences how cells are named: A1 style for sheets and CSV, records for caches
 * @param firstRowIsHeader true when the format says the first row names the fields (a pivot
 *     cache); otherwise header rows are recognised by their content
 */
public record TableSource(Location location, Visibility visibility, CellReferences cellReferences, boolean firstRowIsHeader) {

    public TableSource(Location location, Visibility visibility, CellReferences cellReferences) {
        this(location, visibility, cellReferences, false);
    }

    /** How a table names a range of cells in one column. */
    public enum CellReferences {
        /** Spreadsheet A1 references: {@code B2:B6253}. */
        A1,
        /** Record numbers with the field's name: {@code field 'Name', records 1-6252}. */
        RECORDS
    }
}
