package org.airlock.extract.xlsx;

import java.time.LocalDate;

/**
 * Converts Excel date serial numbers to dates without POI's calendar arithmetic, which cost more
 * than the rest of a date cell's inspection. The 1900 system counts from 1899-12-30 for serials
 * from 61 on; below that it inherits Lotus 1-2-3's fictitious 29 February 1900. The 1904 system
 * (old Mac workbooks, {@code workbookPr date1904}) counts from 1904-01-01.
 */
final class ExcelDates {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 9999-12-31, the last date Excel can show. */
    private static final double LAST_SERIAL = 2_958_465;

    private ExcelDates() {
    }

    /** The date of a serial, or null when the serial is not a date Excel can show. */
    static LocalDate toDate(double serial, boolean date1904) {
        if (Double.isNaN(serial) || serial < 0 || serial > LAST_SERIAL) {
            return null;
        }
        long days = (long) Math.floor(serial);
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        if (days == 0) {
            return null; // "0 January 1900": a time of day, not a date
        }
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }
}
