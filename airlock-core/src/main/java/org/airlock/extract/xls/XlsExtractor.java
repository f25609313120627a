package org.airlock.extract.xls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airlock.extract.CellAppearance;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.ole.OleProperties;
import org.airlock.extract.xlsx.CellReference;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFName;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;

/**
 * Reads Excel 97-2003 (BIFF8) workbooks with POI's HSSF usermodel: the format caps a sheet at
 * 65,536 rows, so the whole workbook fits in memory under the file size limit. It sees the same
 * hiding places as the xlsx reader; a pivot cache ({@code _SX_DB_CUR} storage) or revision log it
 * cannot read makes the file not inspected rather than passed.
 */
public final class XlsExtractor implements Extractor {

    private static final Set<String> OPAQUE_STORAGES = Set.of("_SX_DB_CUR", "_SX_DB", "Revision Log");

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            for (String storage : OPAQUE_STORAGES) {
                if (fs.getRoot().hasEntry(storage)) {
                    sink.hiddenPlace(new HiddenPlace(storage.startsWith("_SX") ? HiddenPlaceKind.PIVOT_CACHE
                            : HiddenPlaceKind.REVISION_HISTORY, Location.of(storage), 1));
                    sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of(storage),
                            storage.startsWith("_SX") ? "xls pivot cache" : "xls revision log"));
                }
            }
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                readSheet(workbook, i, sink, context);
            }
            readNames(workbook, sink);
            readProperties(workbook, sink);
            if (!workbook.getAllEmbeddedObjects().isEmpty()) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EMBEDDED_OBJECTS, Location.of("workbook"),
                        workbook.getAllEmbeddedObjects().size()));
                sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of("workbook"),
                        "embedded objects in an xls workbook are not opened by this version"));
            }
        } catch (ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static void readSheet(HSSFWorkbook workbook, int index, ContentSink sink, ExtractionContext context) {
        HSSFSheet sheet = workbook.getSheetAt(index);
        String name = workbook.getSheetName(index);
        SheetVisibility state = workbook.getSheetVisibility(index);
        Visibility sheetVisibility = switch (state) {
            case HIDDEN -> Visibility.HIDDEN_SHEET;
            case VERY_HIDDEN -> Visibility.VERY_HIDDEN_SHEET;
            default -> Visibility.VISIBLE;
        };
        Location location = Location.of("sheet '" + name + "'");
        if (sheetVisibility != Visibility.VISIBLE) {
            sink.hiddenPlace(new HiddenPlace(CellAppearance.sheetKind(sheetVisibility), location, 1));
        }
        sink.startTable(new TableSource(location, sheetVisibility, TableSource.CellReferences.A1));
        long hiddenRows = 0;
        long whiteText = 0;
        long invisibleFormat = 0;
        java.util.BitSet hiddenColumns = new java.util.BitSet();
        HSSFPalette palette = workbook.getCustomPalette();
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            HSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            context.checkDeadline();
            Visibility rowVisibility = row.getZeroHeight() ? Visibility.HIDDEN_ROW : Visibility.VISIBLE;
            List<TableCell> cells = new ArrayList<>();
            for (int c = Math.max(0, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
                HSSFCell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                TableCell value = valueOf(cell, c, palette);
                if (value == null) {
                    continue;
                }
                Visibility columnVisibility = sheet.isColumnHidden(c) ? Visibility.HIDDEN_COLUMN
                        : sheet.getColumnWidth(c) == 0 ? Visibility.ZERO_WIDTH_COLUMN : Visibility.VISIBLE;
                if (columnVisibility != Visibility.VISIBLE) {
                    hiddenColumns.set(c);
                }
                Visibility visibility = sheetVisibility.strongest(rowVisibility).strongest(columnVisibility).strongest(value.visibility());
                if (value.visibility() == Visibility.WHITE_TEXT) {
                    whiteText++;
                } else if (value.visibility() == Visibility.INVISIBLE_NUMBER_FORMAT) {
                    invisibleFormat++;
                }
                cells.add(new TableCell(c, value.text(), value.kind(), visibility));
            }
            if (!cells.isEmpty()) {
                if (rowVisibility == Visibility.HIDDEN_ROW) {
                    hiddenRows++;
                }
                sink.row(r, cells);
            }
        }
        sink.endTable();
        inventory(sink, HiddenPlaceKind.HIDDEN_ROWS, location, hiddenRows);
        inventory(sink, HiddenPlaceKind.HIDDEN_COLUMNS, location, hiddenColumns.cardinality());
        inventory(sink, HiddenPlaceKind.WHITE_TEXT, location, whiteText);
        inventory(sink, HiddenPlaceKind.INVISIBLE_NUMBER_FORMAT, location, invisibleFormat);
        long comments = 0;
        for (var entry : sheet.getCellComments().entrySet()) {
            CellAddress address = entry.getKey();
            HSSFComment comment = (HSSFComment) entry.getValue();
            if (comment.getString() == null) {
                continue;
            }
            comments++;
            String author = comment.getAuthor() == null || comment.getAuthor().isBlank() ? "comment" : "comment by " + comment.getAuthor();
            sink.text(location.withCells(address.formatAsString()).withDetail(author), Visibility.COMMENT.strongest(sheetVisibility),
                    comment.getString().getString());
        }
        inventory(sink, HiddenPlaceKind.COMMENTS, location, comments);
        String header = sheet.getHeader().getLeft() + " " + sheet.getHeader().getCenter() + " " + sheet.getHeader().getRight()
                + " " + sheet.getFooter().getLeft() + " " + sheet.getFooter().getCenter() + " " + sheet.getFooter().getRight();
        if (!header.isBlank()) {
            sink.text(location.withDetail("header/footer"), Visibility.HEADER_FOOTER, header.strip());
            inventory(sink, HiddenPlaceKind.HEADERS_FOOTERS, location, 1);
        }
    }

    private static TableCell valueOf(HSSFCell cell, int column, HSSFPalette palette) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text;
        CellKind kind;
        switch (type) {
            case STRING -> {
                text = cell.getRichStringCellValue().getString();
                kind = CellKind.TEXT;
            }
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
                    text = DateUtil.getLocalDateTime(value, false).toLocalDate().toString();
                    kind = CellKind.DATE;
                } else {
                    text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
                    kind = CellKind.NUMBER;
                }
            }
            case BOOLEAN -> {
                text = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                kind = CellKind.BOOLEAN;
            }
            default -> {
                return null;
            }
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        return new TableCell(column, text, kind, styleVisibility(cell.getCellStyle(), cell, palette, kind != CellKind.TEXT));
    }

    private static Visibility styleVisibility(HSSFCellStyle style, HSSFCell cell, HSSFPalette palette, boolean number) {
        if (CellAppearance.formatHides(style.getDataFormatString(), number)) {
            return Visibility.INVISIBLE_NUMBER_FORMAT;
        }
        HSSFFont font = style.getFont(cell.getSheet().getWorkbook());
        if (CellAppearance.tinyFont(font.getFontHeight())) {
            return Visibility.TINY_TEXT;
        }
        int[] text = rgb(palette, font.getColor(), new int[] {0, 0, 0});
        int[] fill = new int[] {255, 255, 255};
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            fill = rgb(palette, style.getFillForegroundColor(), fill);
        } else if (style.getFillPattern() != FillPatternType.NO_FILL) {
            return Visibility.VISIBLE;
        }
        return CellAppearance.sameColour(text, fill) ? Visibility.WHITE_TEXT : Visibility.VISIBLE;
    }

    private static int[] rgb(HSSFPalette palette, short index, int[] fallback) {
        if (index == HSSFFont.COLOR_NORMAL || index == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
            return fallback;
        }
        HSSFColor color = palette.getColor(index);
        if (color == null) {
            return fallback;
        }
        short[] triplet = color.getTriplet();
        return new int[] {triplet[0], triplet[1], triplet[2]};
    }

    private static void readNames(HSSFWorkbook workbook, ContentSink sink) {
        long hidden = 0;
        long all = 0;
        for (HSSFName name : workbook.getAllNames()) {
            if (name.isFunctionName() || name.getNameName().startsWith("_xlnm") || name.getNameName().startsWith("Print_")) {
                continue;
            }
            all++;
            if (name.isHidden()) {
                hidden++;
            }
            try {
                sink.text(Location.of("defined name '" + name.getNameName() + "'"), Visibility.DEFINED_NAME, name.getRefersToFormula());
            } catch (RuntimeException e) {
                // A name whose formula POI cannot render holds a reference, not data.
            }
        }
        inventory(sink, HiddenPlaceKind.DEFINED_NAMES, Location.of("workbook"), all - hidden);
        inventory(sink, HiddenPlaceKind.HIDDEN_DEFINED_NAMES, Location.of("workbook"), hidden);
    }

    private static void readProperties(HSSFWorkbook workbook, ContentSink sink) {
        OleProperties.read(workbook.getSummaryInformation(), workbook.getDocumentSummaryInformation(), sink);
    }

    private static void inventory(ContentSink sink, HiddenPlaceKind kind, Location location, long count) {
        if (count > 0) {
            sink.hiddenPlace(new HiddenPlace(kind, location, count));
        }
    }

    static String reference(int row, int column) {
        return CellReference.letters(column) + (row + 1);
    }
}
