package org.airlock.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.CellKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.junit.jupiter.api.Test;

/** What is and is not a small count cell: totals, years, codes, percentages, money, row numbers and zeros are not. */
class SmallCellFinderTest {

    private static final TableSource SHEET = new TableSource(Location.of("sheet 'T'"), Visibility.VISIBLE,
            TableSource.CellReferences.A1);

    private static List<TableCell> row(Object... values) {
        List<TableCell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v != null) {
                cells.add(new TableCell(i, v.toString(), v instanceof String ? CellKind.TEXT : CellKind.NUMBER, Visibility.VISIBLE));
            }
        }
        return cells;
    }

    private static SmallCellFinder scan(List<List<TableCell>> rows) {
        SmallCellFinder finder = new SmallCellFinder(SHEET, 5);
        for (int i = 0; i < rows.size(); i++) {
            finder.row(i, rows.get(i));
        }
        return finder;
    }

    @Test
    void findsTheSmallCountsOfABreakdownAndNothingElse() {
        SmallCellFinder finder = scan(List.of(
                row("Nationality", "Jan", "Feb", "Total", "Year", "Share %", "Cost (£)", "Code"),
                row("Eritrea", 2, 0, 2, 2023, "0.4", 3, 4),
                row("Iran", 14, 3, 17, 2023, "0.6", 2, 1),
                row("Total", 16, 3, 19, 2023, "1", 5, 5)));

        assertThat(finder.smallCells()).extracting(SmallCell::reference).containsExactly("T!B2", "T!C3");
        assertThat(finder.smallCellCount()).isEqualTo(2);
    }

    @Test
    void aListOfFiguresIsNotABreakdown() {
        SmallCellFinder finder = scan(List.of(
                row("Item", "Count"),
                row("Appeals lodged", 3),
                row("Appeals heard", 2)));

        assertThat(finder.smallCells()).isEmpty();
    }

    @Test
    void aTableWithoutHeadersIsNotJudged() {
        SmallCellFinder finder = scan(List.of(row("Eritrea", 1, 2), row("Iran", 3, 4)));

        assertThat(finder.smallCellCount()).isZero();
    }

    @Test
    void keepsTheFirstFiftyAndCountsTheRest() {
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(row("Facility", "Jan", "Feb"));
        for (int i = 0; i < 40; i++) {
            rows.add(row("F" + i, 1, 2));
        }
        SmallCellFinder finder = scan(rows);

        assertThat(finder.smallCells()).hasSize(SmallCellFinder.KEPT);
        assertThat(finder.smallCellCount()).isEqualTo(80);
    }

    @Test
    void aCountTableBelowAListOfPeopleAfterABlankRowIsStillChecked() {
        SmallCellFinder finder = new SmallCellFinder(SHEET, 5);
        finder.row(0, row("Name", "Nationality", "Status"));
        finder.row(1, row("Karim Rahimi", "Iran", "Pending"));
        finder.row(2, row("Maria Lopez", "Mexico", "Released"));
        // row 3 blank: the sheet reader sends no row for it
        finder.row(4, row("Nationality", "Facility A", "Facility B"));
        finder.row(5, row("Iran", 12, 1));
        finder.row(6, row("Mexico", 30, 22));

        assertThat(finder.smallCells()).extracting(SmallCell::reference).containsExactly("T!C6");
    }

    @Test
    void aSecondTableStraightBelowACountTableIsReadUnderItsOwnHeader() {
        SmallCellFinder finder = scan(List.of(
                row("Nationality", "Jan", "Feb"),
                row("Iran", 14, 13),
                row("Mexico", 20, 21),
                row("Facility", "Year", "Code"),
                row("Site A", 2023, 1),
                row("Site B", 2024, 2)));

        assertThat(finder.smallCells()).isEmpty();
    }
}
