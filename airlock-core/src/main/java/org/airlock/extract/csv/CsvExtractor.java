package org.airlock.extract.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.CsvDialect;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;

/**
 * Reads delimited text (CSV, TSV, semicolon and pipe separated) with FastCSV, streaming, after
 * {@link CsvDialect} has found the delimiter and encoding. Rows may have different lengths.
 */
public final class CsvExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        CsvDialect dialect = CsvDialect.sniff(file);
        if (dialect == null) {
            throw new InspectionException(FailureKind.CORRUPT, "no consistent delimiter found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(dialect.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, dialect.charset()), 1 << 16);
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(dialect.delimiter())
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .skipEmptyLines(true)
                    .ofCsvRecord(reader);
            String label = dialect.delimiter() == '\t' ? "tab-separated" : "delimiter '" + dialect.delimiter() + "'";
            sink.startTable(new TableSource(Location.of("table").withDetail(label + ", " + dialect.charset().name()),
                    Visibility.VISIBLE, TableSource.CellReferences.A1));
            int row = 0;
            for (CsvRecord record : csv) {
                context.checkDeadline();
                List<TableCell> cells = new ArrayList<>(record.getFieldCount());
                for (int c = 0; c < record.getFieldCount(); c++) {
                    String value = record.getField(c);
                    if (!value.isBlank()) {
                        cells.add(new TableCell(c, value, CellKind.TEXT, Visibility.VISIBLE));
                    }
                }
                if (!cells.isEmpty()) {
                    sink.row(row, cells);
                }
                row++;
            }
            sink.endTable();
        } catch (ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (RuntimeException e) {
            throw Failures.toInspectionException(e);
        }
    }
}
