package org.airlock.report;

/** The report formats {@code airlock scan --format} offers. */
public enum ReportFormat {
    TEXT, JSON, SARIF, CSV
}
