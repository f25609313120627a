package org.airlock.assess;

import java.util.List;
import org.airlock.extract.SensitivityLabel;
import org.airlock.table.SmallCell;

/**
 * What the assessment weighs besides person records and findings: the labels the file carries,
 * the small cells of its count tables, and the records set aside as about publishable people.
 */
public record FileEvidence(List<SensitivityLabel> labels, List<SmallCell> smallCells, long smallCellCount,
                           long publishablePeople) {

    public static final FileEvidence NONE = new FileEvidence(List.of(), List.of(), 0, 0);

    public FileEvidence {
        labels = List.copyOf(labels);
        smallCells = List.copyOf(smallCells);
    }
}
