package org.airlock.records;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.detect.FindingType;
import org.airlock.extract.Visibility;

/**
 * When matches that belong together (one table row, one passage of text) make a person record,
 * and which of them are findings. A record is a direct identifier (a name, an A-number, an
 * e-mail address) plus at least one other category of data about the same person. Attributes
 * alone (a country, a status, a date) are not personal data and are not reported; identifiers and
 * names are reported wherever they are.
 */
public final class RecordRule {

    private RecordRule() {
    }

    public static Set<Category> categories(List<Hit> hits) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Hit hit : hits) {
            categories.add(hit.detection().type().category());
        }
        return categories;
    }

    public static boolean isRecord(List<Hit> hits, Set<Category> categories) {
        if (categories.size() < 2) {
            return false;
        }
        for (Hit hit : hits) {
            if (hit.detection().type().directIdentifier()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a hit is reported as a finding when its row or passage is (or is not) a record. */
    public static boolean reported(Hit hit, boolean inRecord) {
        FindingType type = hit.detection().type();
        // A GPS position pins down where someone was (a photo's home, a shelter): listed even on its own.
        return inRecord || type.directIdentifier() || type.standaloneIdentifier() || type == FindingType.GPS_COORDINATES;
    }

    /** Whether a hit outside a record is a name the policy lists as publishable: not listed as a finding. */
    public static boolean publishableName(Hit hit, PublishablePeople publishable) {
        return hit.detection().type() == FindingType.PERSON_NAME && publishable.lists(hit.value());
    }

    /**
     * The 64-bit key that identifies the person: the folded name parts in column order with the
     * birth date, or failing a name, the type and value of the first identifier. Two rows about the
     * same person give the same key.
     */
    public static long personKey(List<Hit> hits) {
        PersonKey key = new PersonKey();
        String birth = "";
        Hit identifier = null;
        boolean named = false;
        for (Hit hit : hits) {
            FindingType type = hit.detection().type();
            if (type == FindingType.PERSON_NAME) {
                key.add(hit.value());
                named = true;
            } else if (type == FindingType.DATE_OF_BIRTH) {
                birth = hit.value().strip();
            } else if (identifier == null && type.directIdentifier()) {
                identifier = hit;
            }
        }
        if (named) {
            return key.add("dob").add(birth).value();
        }
        if (identifier != null) {
            return key.add(identifier.detection().type().id()).add(identifier.value().replace(" ", "").replace("-", "")).value();
        }
        return key.add("row").add(Integer.toString(System.identityHashCode(hits))).value();
    }

    /** Visible if any identifier of the record is visible; otherwise the strongest way it is hidden. */
    public static Visibility visibility(List<Hit> hits) {
        Visibility hidden = null;
        for (Hit hit : hits) {
            if (!hit.detection().type().directIdentifier()) {
                continue;
            }
            if (!hit.visibility().hidden()) {
                return hit.visibility();
            }
            hidden = hidden == null ? hit.visibility() : hidden.strongest(hit.visibility());
        }
        if (hidden != null) {
            return hidden;
        }
        return hits.isEmpty() ? Visibility.VISIBLE : hits.get(0).visibility();
    }
}
