package org.airlock.generator;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Appends rows of typed values to a sheet, top to bottom, through POI's common interfaces so the
 * same code writes XSSF, SXSSF and HSSF workbooks. Strings become text cells, numbers numeric
 * cells and {@link LocalDate}s real Excel dates in the writer's date format; nulls leave a cell
 * empty.
 */
final class SheetWriter {

    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private int nextRow;

    /**
     * @param dateFormat Excel number format for dates, e.g. {@code "mm/dd/yyyy"}
     */
    SheetWriter(Sheet sheet, String dateFormat) {
        this.sheet = sheet;
        Workbook workbook = sheet.getWorkbook();
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(dateFormat));
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    Sheet sheet() {
        return sheet;
    }

    CellStyle dateStyle() {
        return dateStyle;
    }

    /** Index of the row the next call to {@link #row} writes. */
    int nextRow() {
        return nextRow;
    }

    void skip(int rows) {
        nextRow += rows;
    }

    /** Sets the first {@code columns} columns to a width of {@code characters} characters. */
    void widen(int columns, int characters) {
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, characters * 256);
        }
    }

    /** Writes a row of bold labels. */
    Row header(String... labels) {
        Row row = row((Object[]) labels);
        for (Cell cell : row) {
            cell.setCellStyle(headerStyle);
        }
        return row;
    }

    Row row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            switch (value) {
                case String text -> cell.setCellValue(text);
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(dateStyle);
                }
                default -> throw new IllegalArgumentException("unsupported cell value: " + value.getClass());
            }
        }
        return row;
    }
}
