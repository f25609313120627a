package org.airlock.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.airlock.extract.CellKind;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.xlsx.CellReference;

/**
 * Statistical disclosure control for published count tables: finds the cells that count fewer
 * people than a threshold (the "threshold rule" of national statistics offices), since a cell
 * of 1 in a nationality x facility x month breakdown points at one person.
 *
 * <p>A cell is a count cell when it is a whole number in a column with a header, in a row
 * labelled by text, in a table with at least {@value #MIN_COUNT_ROWS} such rows of at least two
 * counts each (a breakdown, not a list of figures). Not counts: columns headed as totals, years,
 * codes, identifiers, percentages, rates, money, ages, capacities, phone numbers or row numbers;
 * rows labelled as totals; fractions; zeros (a zero says nobody is in the cell, and a reader learns
 * nothing about a person from it; docs/risk.md). Memory is bounded: per table, the first
 * {@value #KEPT} small cells are kept and the rest counted.
 */
public final class SmallCellFinder {

    static final int MIN_COUNT_ROWS = 2;
    static final int KEPT = 50;

    private static final Pattern NOT_A_COUNT_HEADER = Pattern.compile(
            "(?iu)(?<![\\p{L}])(total|totals|sum|subtotal|year|years|yr|fy|code|codes|id|ids|ref|reference|no|nr|number|"
            + "rank|row|%|percent|percentage|per ?cent|rate|ratio|share|proportion|average|mean|median|amount|cost|costs|"
            + "budget|spend|spending|price|value|salary|age|capacity|phone|telephone|zip|postcode|population)(?![\\p{L}])"
            + "|[%£$€¥#]");
    private static final Pattern TOTAL_ROW = Pattern.compile(
            "(?iu)^\\s*(grand total|total|totals|subtotal|sub-total|all|sum|gesamt|total général|totale|итого)\\b.*");
    private static final Pattern NUMBER_COLUMN = Pattern.compile("(?iu)(number of|count of|no\\. of|persons|people)");
    private static final Pattern PLAIN_COUNT = Pattern.compile("[1-9][0-9]{0,5}");

    private final TableSource table;
    private final int below;
    /** Columns whose header makes their whole numbers counts, decided once per header row. */
    private final Map<Integer, Boolean> countColumns = new HashMap<>();
    private final List<SmallCell> small = new ArrayList<>();
    private long smallTotal;
    private int countRows;
    private int lastIndex = -2;
    private boolean lastRowCounted;

    /**
     * @param below cells counting from 1 to {@code below - 1} are small; 1 or less finds nothing
     */
    public SmallCellFinder(TableSource table, int below) {
        this.table = table;
        this.below = below;
    }

    public void row(int index, List<TableCell> cells) {
        if (below <= 1 || table.cellReferences() != TableSource.CellReferences.A1 || cells.isEmpty()) {
            return;
        }
        // A new header starts a table at the top, after a gap, or below a count table's rows;
        // a row straight after a header or a row of names is data. Without this every row of an
        // all-text list (a CSV of people) would be tested as a header, cell by cell.
        boolean mayStartTable = countColumns.isEmpty() || index != lastIndex + 1 || lastRowCounted;
        lastIndex = index;
        lastRowCounted = false;
        if (mayStartTable && isHeader(cells)) {
            countColumns.clear();
            for (TableCell cell : cells) {
                String header = cell.text().strip();
                countColumns.put(cell.column(), !header.isEmpty()
                        && (!NOT_A_COUNT_HEADER.matcher(header).find() || NUMBER_COLUMN.matcher(header).find()));
            }
            return;
        }
        if (!countColumns.containsValue(true) || cells.get(0).kind() != CellKind.TEXT) {
            return;
        }
        int counts = 0;
        List<SmallCell> rowSmall = null;
        for (TableCell cell : cells) {
            long count = count(cell);
            if (count < 0) {
                continue;
            }
            counts++;
            if (count > 0 && count < below) {
                if (rowSmall == null) {
                    rowSmall = new ArrayList<>(4);
                }
                rowSmall.add(new SmallCell(table.location().withCells(CellReference.letters(cell.column()) + (index + 1)), count));
            }
        }
        if (counts < 2) {
            return;
        }
        lastRowCounted = true;
        if (TOTAL_ROW.matcher(cells.get(0).text()).matches()) {
            return;
        }
        countRows++;
        if (rowSmall != null) {
            for (SmallCell cell : rowSmall) {
                smallTotal++;
                if (small.size() < KEPT) {
                    small.add(cell);
                }
            }
        }
    }

    /** A row of at least two cells, all of them text, at least one not a number written as text. */
    private static boolean isHeader(List<TableCell> cells) {
        if (cells.size() < 2) {
            return false;
        }
        for (TableCell cell : cells) {
            if (cell.kind() != CellKind.TEXT || PLAIN_COUNT.matcher(cell.text().strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The cell's count, or -1 when it is not a count cell (see the class comment). */
    private long count(TableCell cell) {
        if (!countColumns.getOrDefault(cell.column(), false)) {
            return -1;
        }
        String text = cell.text().strip();
        if (cell.kind() == CellKind.NUMBER) {
            if (text.equals("0")) {
                return 0;
            }
            if (!PLAIN_COUNT.matcher(text).matches()) {
                return -1; // fractions, negative numbers, exponents: not a count of people
            }
        } else if (cell.kind() != CellKind.TEXT || !(text.equals("0") || PLAIN_COUNT.matcher(text).matches())) {
            return -1;
        }
        return Long.parseLong(text);
    }

    /** The small cells of the table, or none when it is not a count table. */
    public List<SmallCell> smallCells() {
        return countRows >= MIN_COUNT_ROWS ? List.copyOf(small) : List.of();
    }

    /** How many small cells the table has, kept or not. */
    public long smallCellCount() {
        return countRows >= MIN_COUNT_ROWS ? smallTotal : 0;
    }
}
