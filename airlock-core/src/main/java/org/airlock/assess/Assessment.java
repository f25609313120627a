package org.airlock.assess;

import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;

/**
 * The gate's decision on one file: the verdict, the distinct persons exposed, the categories of
 * their data, the reasons in plain words, most serious first, and the risk model's label.
 */
public record Assessment(Verdict verdict, long persons, Set<Category> categories, List<String> reasons, Risk risk) {

    /** An assessment without a risk model's view (public, generic scheme). */
    public Assessment(Verdict verdict, long persons, Set<Category> categories, List<String> reasons) {
        this(verdict, persons, categories, reasons, Risk.none());
    }
}
