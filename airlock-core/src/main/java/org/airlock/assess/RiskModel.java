package org.airlock.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.SensitivityLabel;
import org.airlock.records.PersonRecords;

/**
 * Turns persons x categories x visibility into a sensitivity level and a label (docs/risk.md).
 * The rules, from least to most severe; the highest that applies wins:
 * <ol>
 *   <li>PUBLIC: no person records, or only names with work contact details of fewer people than
 *       the policy's sign-off threshold, or only people the policy lists as publishable.</li>
 *   <li>INTERNAL: a longer list of names and contacts; any person record with more than that
 *       (a name with a nationality); identifiers outside records; small cells in a count table;
 *       a label found in the file at this level, or one whose level neither the file nor the policy gives.</li>
 *   <li>CONFIDENTIAL: a record with a date of birth, a national, immigration or passport
 *       identifier, or account details, whatever the count; as many people as the policy's block
 *       threshold; records hidden from the reader; a label found at this level.</li>
 *   <li>RESTRICTED: a record with data the law protects specially: asylum or immigration status,
 *       GDPR Art. 9 special categories, Art. 10 criminal offence data, records of a registered
 *       protected dataset; a label found at this level.</li>
 * </ol>
 * The level is what the data is; the verdict is what the policy does with it, and a policy may
 * relax one without the other.
 */
public final class RiskModel {

    static final Set<Category> IDENTIFYING = EnumSet.of(Category.DATE_OF_BIRTH, Category.NATIONAL_ID, Category.PASSPORT,
            Category.FINANCIAL);
    static final Set<Category> PROTECTED_BY_LAW = EnumSet.of(Category.IMMIGRATION_STATUS, Category.HEALTH,
            Category.CRIMINAL_RECORD, Category.RELIGION, Category.ETHNICITY, Category.SEXUAL_ORIENTATION,
            Category.BIOMETRIC, Category.PROTECTED_RECORD);

    private final Policy policy;

    public RiskModel(Policy policy) {
        this.policy = policy;
    }

    /** The labels found, named and levelled by the file or, for ids the file does not name, by the policy. */
    public List<FoundLabel> read(Collection<SensitivityLabel> labels) {
        List<FoundLabel> found = new ArrayList<>();
        for (SensitivityLabel label : labels) {
            DisclosureRules.KnownLabel known = label.id().isEmpty() ? null : policy.disclosure().labelIds().get(label.id());
            String name = !label.name().isEmpty() ? label.name() : known == null ? "" : known.name();
            Sensitivity level = known != null ? known.level() : LabelScheme.levelOf(name);
            found.add(new FoundLabel(label, name, level));
        }
        return found;
    }

    /**
     * @param persons distinct persons in records
     * @param identifiersOutside identifiers found outside any record (at MEDIUM confidence or more)
     */
    public Risk risk(long persons, Collection<PersonRecords> records, long identifiersOutside, List<FoundLabel> found,
                     FileEvidence evidence) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        boolean hidden = false;
        for (PersonRecords group : records) {
            categories.addAll(group.categories());
            hidden |= group.visibility().hidden();
        }
        Sensitivity level = Sensitivity.PUBLIC;
        if (!records.isEmpty()) {
            if (Policy.CONTACT_ONLY.containsAll(categories)) {
                if (persons >= policy.reviewContactOnlyPersons()) {
                    level = Sensitivity.INTERNAL;
                }
            } else {
                level = persons >= policy.blockPersons() ? Sensitivity.CONFIDENTIAL : Sensitivity.INTERNAL;
            }
            if (hidden) {
                level = level.max(Sensitivity.CONFIDENTIAL);
            }
            if (categories.stream().anyMatch(IDENTIFYING::contains)) {
                level = level.max(Sensitivity.CONFIDENTIAL);
            }
            if (categories.stream().anyMatch(PROTECTED_BY_LAW::contains)) {
                level = Sensitivity.RESTRICTED;
            }
        }
        if (identifiersOutside >= policy.reviewIdentifiers() || evidence.smallCellCount() > 0) {
            level = level.max(Sensitivity.INTERNAL);
        }
        for (FoundLabel label : found) {
            if (label.label().enabled()) {
                // A label nobody can read still says the owner did not mean the file for everyone.
                level = level.max(label.level() == null ? Sensitivity.INTERNAL : label.level());
            }
        }
        LabelScheme scheme = policy.disclosure().scheme();
        return new Risk(level, scheme, scheme.marking(level, categories), LegalBasis.reasons(categories), found,
                evidence.smallCells(), evidence.smallCellCount(), evidence.publishablePeople());
    }
}
