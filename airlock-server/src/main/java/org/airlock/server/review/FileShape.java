package org.airlock.server.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airlock.assess.Policy;
import org.airlock.extract.ContentSink;
import org.airlock.extract.DetectedType;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.TypeDetector;
import org.airlock.extract.Visibility;
import org.airlock.extract.csv.CsvExtractor;
import org.airlock.extract.xls.XlsExtractor;
import org.airlock.extract.xlsx.XlsxExtractor;

/**
 * The outline of a file for comparing releases: its size and, for spreadsheets and CSV, each
 * table (sheet, pivot cache, chart cache) with its row and column counts. Read with the core's
 * extractors under the policy's limits; a file that cannot be read has no tables (the inspection
 * itself already holds such a file for review).
 *
 * @param tables table name (its location) → {rows, columns}
 */
public record FileShape(long bytes, Map<String, int[]> tables) {

    /** Reads the shape of a file. */
    public static FileShape of(Path file, Policy policy) throws IOException {
        long bytes = Files.size(file);
        Map<String, int[]> tables = new LinkedHashMap<>();
        try {
            DetectedType type = new TypeDetector().detect(file, file.getFileName().toString());
            Extractor extractor = switch (type.type()) {
                case XLSX -> new XlsxExtractor();
                case XLS -> new XlsExtractor();
                case CSV -> new CsvExtractor();
                default -> null;
            };
            if (extractor != null) {
                extractor.extract(file, new ShapeSink(tables), ExtractionContext.startingNow(policy.limits()));
            }
        } catch (Exception e) {
            tables.clear(); // unreadable: no outline, see the class comment
        }
        return new FileShape(bytes, tables);
    }

    /** Counts rows and columns per table; ignores everything else. */
    private static final class ShapeSink implements ContentSink {
        private final Map<String, int[]> tables;
        private int[] current;

        ShapeSink(Map<String, int[]> tables) {
            this.tables = tables;
        }

        @Override
        public void startTable(TableSource table) {
            current = tables.computeIfAbsent(table.location().describe(), k -> new int[2]);
        }

        @Override
        public void row(int rowIndex, List<TableCell> cells) {
            if (current != null && !cells.isEmpty()) {
                current[0] = Math.max(current[0], rowIndex + 1);
                current[1] = Math.max(current[1], cells.get(cells.size() - 1).column() + 1);
            }
        }

        @Override
        public void endTable() {
            current = null;
        }

        @Override
        public void text(Location location, Visibility visibility, String text) {
        }

        @Override
        public void hiddenPlace(HiddenPlace place) {
        }

        @Override
        public void embedded(String path, Path file) {
        }

        @Override
        public void notInspected(InspectionFailure failure) {
        }
    }
}
