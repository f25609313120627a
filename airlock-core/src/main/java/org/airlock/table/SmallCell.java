package org.airlock.table;

import org.airlock.extract.Location;

/**
 * A cell of a published count table that counts so few people (one, two...) that they may be
 * recognised from the row and column it sits in.
 *
 * @param location the table's location with the cell ({@code sheet 'By facility'}, {@code D7})
 * @param count the count in the cell
 */
public record SmallCell(Location location, long count) {

    /** The cell as a spreadsheet user writes it, {@code By facility!D7}; other tables as their location. */
    public String reference() {
        String part = location.part();
        String where;
        if (part.startsWith("sheet '") && part.endsWith("'")) {
            where = part.substring(7, part.length() - 1) + "!" + location.cells();
        } else {
            where = location.withDetail("").describe();
            return where;
        }
        return location.container().isEmpty() ? where : location.container() + " › " + where;
    }
}
