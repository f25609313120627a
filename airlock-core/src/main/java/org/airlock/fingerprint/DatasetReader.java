package org.airlock.fingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.airlock.extract.ContentSink;
import org.airlock.extract.DocumentType;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Limits;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.TypeDetector;
import org.airlock.extract.Visibility;
import org.airlock.extract.csv.CsvExtractor;
import org.airlock.extract.xlsx.XlsxExtractor;

/**
 * Reads the export of a protected dataset (CSV, or the first sheet of an xlsx workbook) row by row,
 * through the same extractors a scan uses: the first row names the columns. Values are handed to
 * the consumer and never kept.
 */
public final class DatasetReader {

    /** Receives each data row's values, indexed as {@link #columns} says. */
    public interface RowConsumer {
        void row(int rowNumber, String[] values) throws IOException;
    }

    private DatasetReader() {
    }

    /**
     * Streams the rows of {@code file}. {@code columns} names the columns wanted; the consumer
     * gets their values in that order ("" when a row leaves one empty).
     *
     * @throws IllegalArgumentException when a wanted column is not in the header row
     */
    public static void read(Path file, List<String> columns, RowConsumer consumer) throws IOException {
        DocumentType type;
        try {
            type = new TypeDetector().detect(file, file.getFileName().toString()).type();
        } catch (InspectionException e) {
            throw new IOException("the dataset could not be read: " + e.kind() + " " + e.detail());
        }
        Extractor extractor = switch (type) {
            case XLSX -> new XlsxExtractor();
            case CSV, TEXT -> new CsvExtractor();
            default -> throw new IllegalArgumentException("the dataset must be a CSV or xlsx file, not " + type.description());
        };
        Sink sink = new Sink(columns, consumer);
        try {
            extractor.extract(file, sink, new ExtractionContext(Limits.DEFAULTS, 0, System.nanoTime() + Long.MAX_VALUE / 4));
        } catch (InspectionException e) {
            throw new IOException("the dataset could not be read: " + e.kind() + " " + e.detail());
        } catch (SinkFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
        if (sink.index == null) {
            throw new IllegalArgumentException("the dataset has no header row");
        }
    }

    private static final class SinkFailure extends RuntimeException {
        SinkFailure(Exception cause) {
            super(cause);
        }
    }

    private static final class Sink implements ContentSink {
        private final List<String> columns;
        private final RowConsumer consumer;
        private int tables;
        private int[] index;
        private Map<Integer, Integer> wanted;

        Sink(List<String> columns, RowConsumer consumer) {
            this.columns = columns;
            this.consumer = consumer;
        }

        @Override
        public void startTable(TableSource table) {
            tables++;
        }

        @Override
        public void row(int rowIndex, List<TableCell> cells) {
            if (tables != 1) {
                return; // only the first sheet
            }
            if (index == null) {
                Map<String, Integer> header = new HashMap<>();
                for (TableCell cell : cells) {
                    header.putIfAbsent(cell.text().strip().toLowerCase(Locale.ROOT), cell.column());
                }
                index = new int[columns.size()];
                wanted = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    Integer column = header.get(columns.get(i).strip().toLowerCase(Locale.ROOT));
                    if (column == null) {
                        throw new SinkFailure(new IllegalArgumentException("column '" + columns.get(i)
                                + "' is not in the header row"));
                    }
                    index[i] = column;
                }
                return;
            }
            String[] values = new String[columns.size()];
            java.util.Arrays.fill(values, "");
            for (TableCell cell : cells) {
                for (int i = 0; i < index.length; i++) {
                    if (index[i] == cell.column()) {
                        values[i] = cell.text();
                    }
                }
            }
            try {
                consumer.row(rowIndex + 1, values);
            } catch (IOException | RuntimeException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void endTable() {
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
