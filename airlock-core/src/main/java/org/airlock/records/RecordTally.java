package org.airlock.records;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/** Counts person records per place and visibility, with the categories they hold. */
public final class RecordTally {

    private record Key(Location location, Visibility visibility) {
    }

    private static final class Count {
        long records;
        final Set<Category> categories = EnumSet.noneOf(Category.class);
    }

    private final Map<Key, Count> counts = new LinkedHashMap<>();
    private long publishable;

    public void add(Location location, Visibility visibility, Set<Category> categories) {
        Count count = counts.computeIfAbsent(new Key(location, visibility), k -> new Count());
        count.records++;
        count.categories.addAll(categories);
    }

    /** A record about a person the policy lists as publishable, with nothing but name and contacts: not counted. */
    public void addPublishable() {
        publishable++;
    }

    /** Records set aside as about publishable people (policy {@code people.publishable}). */
    public long publishable() {
        return publishable;
    }

    public List<PersonRecords> records() {
        List<PersonRecords> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new PersonRecords(key.location(), key.visibility(), count.records,
                java.util.Collections.unmodifiableSet(EnumSet.copyOf(count.categories)))));
        return result;
    }
}
