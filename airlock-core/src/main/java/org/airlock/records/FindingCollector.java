package org.airlock.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.detect.Confidence;
import org.airlock.detect.Detection;
import org.airlock.detect.FindingType;
import org.airlock.extract.Location;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.xlsx.CellReference;

/**
 * Gathers detections into findings a person can act on: all the matches of one type in one column
 * of one table, hidden the same way, become one finding over a cell range ({@code B2:B6253}); a
 * match in text is a finding at that text's location. The number of distinct findings is capped
 * (the cap is reported, never silent) so a hostile file cannot exhaust memory.
 */
public final class FindingCollector {

    private static final int MAX_FINDINGS = 5_000;
    private static final int SHOWN_PLACES = 5;

    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private long unlisted;

    private record Key(Location location, int column, FindingType type, Visibility visibility) {
    }

    private static final class Group {
        final String columnHeader;
        final TableSource.CellReferences references;
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        long count;
        Confidence confidence = Confidence.LOW;
        String sample;
        String explanation;
        final List<String> places = new ArrayList<>(4);

        Group(String columnHeader, TableSource.CellReferences references) {
            this.columnHeader = columnHeader;
            this.references = references;
        }
    }

    /** A match in a table cell. */
    public void cell(TableSource table, int column, String header, int row, Detection detection, String cellText,
                     Visibility visibility) {
        Group group = group(new Key(table.location(), column, detection.type(), visibility), header, table.cellReferences());
        if (group == null) {
            return;
        }
        group.firstRow = Math.min(group.firstRow, row);
        group.lastRow = Math.max(group.lastRow, row);
        add(group, detection, cellText);
    }

    /**
     * A match in free text at {@code location}. Matches of one type in texts of the same part
     * (the comments of one sheet by one author) make one finding listing the first few cells.
     */
    public void text(Location location, Detection detection, String text, Visibility visibility) {
        Group group = group(new Key(location.withCells(""), -1, detection.type(), visibility), null, null);
        if (group != null) {
            add(group, detection, text);
            if (!location.cells().isEmpty() && group.places.size() < SHOWN_PLACES + 1 && !group.places.contains(location.cells())) {
                group.places.add(location.cells());
            }
        }
    }

    private Group group(Key key, String header, TableSource.CellReferences references) {
        Group group = groups.get(key);
        if (group == null) {
            if (groups.size() >= MAX_FINDINGS) {
                unlisted++;
                return null;
            }
            group = new Group(header, references);
            groups.put(key, group);
        }
        return group;
    }

    private static void add(Group group, Detection detection, String source) {
        group.count++;
        if (group.sample == null || detection.confidence().compareTo(group.confidence) > 0) {
            group.sample = source.substring(detection.start(), detection.end());
            group.explanation = detection.explanation();
        }
        group.confidence = group.confidence.max(detection.confidence());
    }

    /** Matches that were not listed because the cap on findings was reached. */
    public long unlisted() {
        return unlisted;
    }

    public List<Finding> findings() {
        List<Finding> result = new ArrayList<>(groups.size());
        groups.forEach((key, group) -> result.add(new Finding(key.type(), locate(key, group), key.visibility(),
                group.confidence, group.count, group.sample, group.explanation)));
        return result;
    }

    private static Location locate(Key key, Group group) {
        if (key.column() < 0) {
            if (group.places.isEmpty()) {
                return key.location();
            }
            String cells = String.join(", ", group.places.subList(0, Math.min(SHOWN_PLACES, group.places.size())));
            if (group.places.size() > SHOWN_PLACES) {
                cells += " and others";
            }
            return key.location().withCells(cells);
        }
        String cells;
        if (group.references == TableSource.CellReferences.RECORDS) {
            String field = group.columnHeader == null || group.columnHeader.isBlank()
                    ? "column " + (key.column() + 1) : "field '" + group.columnHeader + "'";
            cells = field + ", " + (group.firstRow == group.lastRow ? "record " + group.firstRow
                    : "records " + group.firstRow + "-" + group.lastRow);
        } else {
            String letters = CellReference.letters(key.column());
            cells = group.firstRow == group.lastRow ? letters + (group.firstRow + 1)
                    : letters + (group.firstRow + 1) + ":" + letters + (group.lastRow + 1);
        }
        return key.location().withCells(cells);
    }
}
