package org.airlock.assess;

import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.detect.DetectionSettings;
import org.airlock.extract.Limits;

/**
 * The rules that turn what was found into a verdict, and the limits on inspecting a file. Loaded
 * from YAML by {@link PolicyLoader}; {@link #defaults()} documents the defaults.
 *
 * @param blockPersons distinct persons with more than names and contact details from which a file is blocked
 * @param blockCategories categories that block a file as soon as one person record holds them
 * @param blockHiddenRecords whether person records in a hidden place block the file
 * @param reviewPersons distinct persons (beyond names and contact details) from which sign-off is needed
 * @param reviewContactOnlyPersons persons whose records hold only names and contact details (a staff
 *     list) from which sign-off is needed
 * @param reviewIdentifiers national identifiers or passport numbers, outside records, from which sign-off is needed
 * @param reviewHiddenNames whether names in hidden places, outside records, need sign-off
 * @param limits inspection limits
 * @param detection custom detectors and allow-list
 * @param disclosure label scheme, labels found in files, publishable people, small cells
 */
public record Policy(String name, int blockPersons, Set<Category> blockCategories, boolean blockHiddenRecords,
                     int reviewPersons, int reviewContactOnlyPersons, int reviewIdentifiers, boolean reviewHiddenNames,
                     Limits limits, DetectionSettings detection, DisclosureRules disclosure) {

    /** A policy with the default disclosure rules. */
    public Policy(String name, int blockPersons, Set<Category> blockCategories, boolean blockHiddenRecords,
                  int reviewPersons, int reviewContactOnlyPersons, int reviewIdentifiers, boolean reviewHiddenNames,
                  Limits limits, DetectionSettings detection) {
        this(name, blockPersons, blockCategories, blockHiddenRecords, reviewPersons, reviewContactOnlyPersons,
                reviewIdentifiers, reviewHiddenNames, limits, detection, DisclosureRules.DEFAULTS);
    }

    /** A policy without custom detectors or allow-list. */
    public Policy(String name, int blockPersons, Set<Category> blockCategories, boolean blockHiddenRecords,
                  int reviewPersons, int reviewContactOnlyPersons, int reviewIdentifiers, boolean reviewHiddenNames,
                  Limits limits) {
        this(name, blockPersons, blockCategories, blockHiddenRecords, reviewPersons, reviewContactOnlyPersons,
                reviewIdentifiers, reviewHiddenNames, limits, DetectionSettings.NONE);
    }

    /** The categories that are only a person's name and how to reach them. */
    public static final Set<Category> CONTACT_ONLY = Set.of(Category.NAME, Category.CONTACT);

    public Policy {
        blockCategories = Set.copyOf(blockCategories);
        detection = detection == null ? DetectionSettings.NONE : detection;
        disclosure = disclosure == null ? DisclosureRules.DEFAULTS : disclosure;
        if (blockPersons < 1 || reviewPersons < 1 || reviewContactOnlyPersons < 1 || reviewIdentifiers < 1) {
            throw new IllegalArgumentException("policy '" + name + "': person and identifier thresholds must be 1 or more");
        }
        if (reviewPersons > blockPersons) {
            throw new IllegalArgumentException("policy '" + name + "': review.persons-at-least (" + reviewPersons
                    + ") is above block.persons-at-least (" + blockPersons + ")");
        }
    }

    public static Policy defaults() {
        return new Policy("default", 10,
                Set.of(Category.IMMIGRATION_STATUS, Category.HEALTH, Category.NATIONAL_ID, Category.PASSPORT, Category.FINANCIAL,
                        Category.PROTECTED_RECORD, Category.DATE_OF_BIRTH, Category.CRIMINAL_RECORD, Category.RELIGION,
                        Category.ETHNICITY, Category.SEXUAL_ORIENTATION, Category.BIOMETRIC),
                true, 1, 25, 1, true, Limits.DEFAULTS);
    }
}
