package org.airlock.records;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.detect.FindingType;

/**
 * People whose names the organisation publishes (ministers, officials, press officers): a record
 * about one of them that holds nothing but the name and contact details is not a person exposed.
 * A record that holds more (a birth date, an identifier, a nationality) counts like anyone's, so
 * a listed minister's date of birth is still caught.
 *
 * <p>Names are compared as sets of words, folded to lower case without accents, so "SMITH, Jane",
 * "Jane Smith" and "Minister Jane Smith" all match the entry "Jane Smith".
 */
public final class PublishablePeople {

    /** Nobody. */
    public static final PublishablePeople NONE = new PublishablePeople(List.of());

    /** One listed person; the role is for the reader of the policy and the report. */
    public record Entry(String name, String role) {
    }

    private final List<Entry> entries;
    private final List<Set<String>> words;

    public PublishablePeople(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.words = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Set<String> w = words(e.name());
            if (w.isEmpty()) {
                throw new IllegalArgumentException("a publishable person needs a name");
            }
            words.add(w);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether a detected name is a listed person's. */
    public boolean lists(String name) {
        if (entries.isEmpty()) {
            return false;
        }
        Set<String> found = words(name);
        for (Set<String> listed : words) {
            // The listed name inside the found one ("Minister Jane Smith"), or a found name of two words or more inside a listed one.
            if (found.containsAll(listed) || (found.size() >= 2 && listed.containsAll(found))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a record is about a listed person and holds only their name and contact details,
     * so it is not counted as a person exposed.
     */
    public boolean excuses(List<Hit> hits, Set<Category> categories) {
        if (entries.isEmpty() || !Set.of(Category.NAME, Category.CONTACT).containsAll(categories)) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (Hit hit : hits) {
            if (hit.detection().type() == FindingType.PERSON_NAME) {
                name.append(hit.value()).append(' ');
            }
        }
        return !name.isEmpty() && lists(name.toString());
    }

    private static Set<String> words(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> result = new LinkedHashSet<>();
        Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).forEach(result::add);
        return result;
    }
}
