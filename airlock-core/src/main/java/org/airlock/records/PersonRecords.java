package org.airlock.records;

import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * The person records found in one place (a sheet, a pivot cache, a comment): how many, which
 * categories of data they hold, and how they are hidden.
 */
public record PersonRecords(Location location, Visibility visibility, long records, Set<Category> categories) {
}
