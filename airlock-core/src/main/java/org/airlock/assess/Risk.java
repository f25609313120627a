package org.airlock.assess;

import java.util.List;
import org.airlock.table.SmallCell;

/**
 * The risk model's view of a file: its sensitivity level, the label that level gets in the
 * policy's scheme, the legal reasons, the labels the file already carries, and the small cells
 * of its count tables.
 *
 * @param smallCellCount all small cells found, of which {@code smallCells} lists the first few
 * @param publishablePeople records set aside as about people the policy lists as publishable
 */
public record Risk(Sensitivity level, LabelScheme scheme, String label, List<String> legalReasons,
                   List<FoundLabel> foundLabels, List<SmallCell> smallCells, long smallCellCount, long publishablePeople) {

    public Risk {
        legalReasons = List.copyOf(legalReasons);
        foundLabels = List.copyOf(foundLabels);
        smallCells = List.copyOf(smallCells);
    }

    /** Nothing known: public, in the generic scheme. */
    public static Risk none() {
        return new Risk(Sensitivity.PUBLIC, LabelScheme.GENERIC, Sensitivity.PUBLIC.name(), List.of(), List.of(), List.of(), 0, 0);
    }
}
