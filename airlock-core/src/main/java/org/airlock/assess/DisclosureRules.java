package org.airlock.assess;

import java.util.Map;
import org.airlock.records.PublishablePeople;

/**
 * The parts of a policy about what may be disclosed beyond person records: the label scheme the
 * report speaks, what sensitivity labels found in a file do to the verdict, who may be named, and
 * the small-cell threshold for count tables (docs/risk.md).
 *
 * @param scheme the marking scheme of the computed label
 * @param labelReviewFrom a label found in the file at or above this level needs sign-off
 * @param labelBlockFrom a label found in the file at or above this level blocks it
 * @param labelIds names and levels of label GUIDs (LabelInfo.xml carries no name), keys lower case
 * @param publishable people whose names (and work contact details) may be published
 * @param smallCellsBelow count cells from 1 to this minus 1 need sign-off; 1 switches the check off
 */
public record DisclosureRules(LabelScheme scheme, Sensitivity labelReviewFrom, Sensitivity labelBlockFrom,
                              Map<String, KnownLabel> labelIds, PublishablePeople publishable, int smallCellsBelow) {

    /** A label the organisation defined, by the id Office writes into files. */
    public record KnownLabel(String name, Sensitivity level) {
    }

    /**
     * Generic scheme; found labels INTERNAL need sign-off, CONFIDENTIAL and above block; nobody
     * listed; cells below 5 flagged (the threshold rule's common value, docs/risk.md).
     */
    public static final DisclosureRules DEFAULTS = new DisclosureRules(LabelScheme.GENERIC, Sensitivity.INTERNAL,
            Sensitivity.CONFIDENTIAL, Map.of(), PublishablePeople.NONE, 5);

    public DisclosureRules {
        labelIds = Map.copyOf(labelIds);
        if (labelBlockFrom.compareTo(labelReviewFrom) < 0) {
            throw new IllegalArgumentException("labels.block-from (" + labelBlockFrom + ") is below labels.review-from ("
                    + labelReviewFrom + ")");
        }
        if (smallCellsBelow < 1) {
            throw new IllegalArgumentException("small-cells.below must be 1 or more (1 switches the check off)");
        }
    }
}
