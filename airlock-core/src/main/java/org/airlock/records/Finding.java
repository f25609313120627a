package org.airlock.records;

import org.airlock.detect.Category;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * Personal data found in one place: a type, where (a cell range holds all the matches of one
 * column), how it is hidden, how sure, how many values, one sample value and why it matched. The
 * sample is plaintext in memory only; reports mask it unless unmasking is asked for.
 *
 * @param count how many values of this type are in the range
 * @param sample one of the values, for the masked evidence
 */
public record Finding(FindingType type, Location location, Visibility visibility, Confidence confidence,
                      long count, String sample, String explanation) {

    public Category category() {
        return type.category();
    }
}
