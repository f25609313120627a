package org.airlock.server.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airlock.server.system.AirlockProperties;

/**
 * Compares a submitted file with the release published at the same path. The ICO's advice after
 * the pivot-table leaks: a file much larger than usual, or with more in it than before, should be
 * checked even when nothing in it looks personal. Each difference found is a REVIEW reason.
 */
public final class ReleaseComparison {

    private final AirlockProperties.Compare settings;

    public ReleaseComparison(AirlockProperties.Compare settings) {
        this.settings = settings;
    }

    /** The differences that need review, in plain words; empty when the file is like the release. */
    public List<String> compare(FileShape submitted, FileShape published) {
        List<String> changes = new ArrayList<>();
        if (published.bytes() > 0 && submitted.bytes() > published.bytes() * settings.sizeFactor()) {
            changes.add(String.format(java.util.Locale.ROOT,
                    "The file is %,d bytes, %.1f times the %,d bytes of the release published at this path (review above %.1f times).",
                    submitted.bytes(), (double) submitted.bytes() / published.bytes(), published.bytes(), settings.sizeFactor()));
        }
        for (Map.Entry<String, int[]> table : submitted.tables().entrySet()) {
            int[] before = published.tables().get(table.getKey());
            int rows = table.getValue()[0];
            int columns = table.getValue()[1];
            if (before == null) {
                if (!published.tables().isEmpty()) {
                    changes.add("New table not in the published release: " + table.getKey() + " (" + rows + " rows, "
                            + columns + " columns).");
                }
                continue;
            }
            if (rows > before[0] * settings.rowFactor() && rows - before[0] >= settings.minRowIncrease()) {
                changes.add(table.getKey() + " has " + rows + " rows; the published release has " + before[0] + ".");
            }
            if (columns > before[1]) {
                changes.add(table.getKey() + " has " + columns + " columns; the published release has " + before[1] + ".");
            }
        }
        return changes;
    }
}
