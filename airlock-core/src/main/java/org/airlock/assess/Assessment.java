package org.airlock.assess;

import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;

/**
 * The gate's decision on one file: the verdict, the distinct persons exposed, the categories of
 * their data, and the reasons in plain words, most serious first.
 */
public record Assessment(Verdict verdict, long persons, Set<Category> categories, List<String> reasons) {
}
