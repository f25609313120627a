package org.airlock.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a scan report in one format. Never closes the stream; evidence arrives through {@link ScanReport#evidence}. */
public interface ReportWriter {

    ReportFormat format();

    void write(ScanReport report, OutputStream out) throws IOException;

    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReportWriter();
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case CSV -> new CsvReportWriter();
        };
    }
}
