package org.airlock.assess;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.airlock.detect.Category;

/**
 * Why the law cares, per category of personal data found in person records: the provision a
 * privacy officer would cite. Stated for the US (federal) and for the UK and EU (the UK GDPR and
 * the EU GDPR number these articles the same). It names the rule; it is not legal advice.
 */
public final class LegalBasis {

    /** UK/EU GDPR Art. 9(1): special categories of personal data. */
    static final Set<Category> SPECIAL_CATEGORIES = EnumSet.of(Category.HEALTH, Category.RELIGION, Category.ETHNICITY,
            Category.SEXUAL_ORIENTATION, Category.BIOMETRIC);

    private LegalBasis() {
    }

    /** The legal reasons for records holding these categories, most specific first; empty when none applies. */
    public static List<String> reasons(Set<Category> recordCategories) {
        List<String> reasons = new ArrayList<>();
        if (recordCategories.contains(Category.IMMIGRATION_STATUS)) {
            reasons.add("Asylum and immigration status: in the US, 8 CFR 208.6 forbids disclosing information in or about"
                    + " an asylum application (even the fact that one was made) without the applicant's written consent;"
                    + " under UK/EU GDPR an asylum claim usually reveals special category data (Art. 9: political opinions,"
                    + " religion, ethnic origin, sexual orientation).");
        }
        Set<Category> special = EnumSet.noneOf(Category.class);
        for (Category category : recordCategories) {
            if (SPECIAL_CATEGORIES.contains(category)) {
                special.add(category);
            }
        }
        if (!special.isEmpty()) {
            reasons.add("Special category data under UK/EU GDPR Art. 9 ("
                    + special.stream().map(Category::plainName).collect(Collectors.joining(", "))
                    + "): publishing it is prohibited unless an Art. 9(2) condition applies.");
        }
        if (recordCategories.contains(Category.CRIMINAL_RECORD)) {
            reasons.add("Criminal offence data under UK/EU GDPR Art. 10: only under official authority or a specific legal"
                    + " basis.");
        }
        if (recordCategories.contains(Category.DATE_OF_BIRTH) || recordCategories.contains(Category.NATIONAL_ID)
                || recordCategories.contains(Category.PASSPORT) || recordCategories.contains(Category.FINANCIAL)) {
            reasons.add("Identifying personal data of private individuals (UK/EU GDPR Art. 4(1)): publishing it needs a"
                    + " lawful basis (Art. 6) and breaks integrity and confidentiality (Art. 5(1)(f)); for US federal"
                    + " records the Privacy Act, 5 U.S.C. 552a(b), bars disclosure without consent.");
        }
        return reasons;
    }
}
