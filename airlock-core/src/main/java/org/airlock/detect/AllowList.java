package org.airlock.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values a policy says are not personal data (a published helpline number, the organisation's own
 * IBAN): exact values, compared without spaces, hyphens and case, and whole-value patterns.
 */
public final class AllowList {

    /** Allows nothing. */
    public static final AllowList EMPTY = new AllowList(Set.of(), List.of());

    private final Set<String> values;
    private final List<Pattern> patterns;

    public AllowList(Set<String> values, List<Pattern> patterns) {
        this.values = values.stream().map(AllowList::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.patterns = List.copyOf(patterns);
    }

    /** Whether a matched value is on the list. */
    public boolean allows(String value) {
        if (values.isEmpty() && patterns.isEmpty()) {
            return false;
        }
        if (values.contains(key(value))) {
            return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return values.isEmpty() && patterns.isEmpty();
    }

    private static String key(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
