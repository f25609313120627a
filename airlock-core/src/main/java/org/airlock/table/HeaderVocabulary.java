package org.airlock.table;

import java.util.HashMap;
import java.util.Map;
import org.airlock.detect.Folding;

/**
 * Maps a column header to a {@link ColumnRole}: the header is folded (case, accents, punctuation)
 * and the role whose phrase is the longest whole-word match wins. "Country of citizenship" is a
 * nationality, "Book-in date" is nothing, "Date of birth (dd/mm/yyyy)" is a date of birth.
 */
public final class HeaderVocabulary {

    private static final Map<String, ColumnRole> PHRASES = new HashMap<>();

    static {
        for (ColumnRole role : ColumnRole.values()) {
            for (String phrase : role.headerPhrases()) {
                PHRASES.put(Folding.fold(phrase), role);
            }
        }
    }

    /** Header words of columns that hold places, organisations or labels, never people. */
    private static final java.util.Set<String> NOT_PEOPLE = java.util.Set.of(
            "city", "town", "state", "county", "country", "region", "location", "office", "facility", "site", "address",
            "street", "department", "agency", "program", "programme", "title", "description", "category", "type", "item",
            "product", "service", "team", "unit", "division", "area", "district", "zone", "project", "account", "fund",
            "supplier", "vendor", "company", "organisation", "organization", "school", "hospital", "court", "station",
            "route", "port", "airport", "municipality", "province", "ward", "constituency", "ville", "pays", "ciudad",
            "estado", "provincia", "oficina", "bureau", "centre", "center");

    private HeaderVocabulary() {
    }

    /** Whether a header says its column holds places, organisations or labels rather than people. */
    public static boolean namesNonPeople(String header) {
        for (String word : Folding.fold(header).split(" ")) {
            if (NOT_PEOPLE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Longest phrase in the vocabulary, in words: bounds the word runs looked up. */
    private static final int LONGEST_PHRASE = PHRASES.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);

    /** The role a header announces, or null. Looks up every run of up to {@link #LONGEST_PHRASE} words. */
    public static ColumnRole roleOf(String header) {
        if (header.length() > 80) {
            return null;
        }
        String[] words = Folding.fold(header).split(" ");
        ColumnRole best = null;
        int bestLength = 0;
        int bestStart = -1;
        for (int start = 0; start < words.length; start++) {
            StringBuilder phrase = new StringBuilder();
            for (int end = start; end < words.length && end - start < LONGEST_PHRASE; end++) {
                if (end > start) {
                    phrase.append(' ');
                }
                phrase.append(words[end]);
                ColumnRole role = PHRASES.get(phrase.toString());
                if (role != null && phrase.length() > bestLength) {
                    best = role;
                    bestLength = phrase.length();
                    bestStart = start;
                }
            }
        }
        // "Name" alone inside a longer header ("Facility name", "File name") only counts when it leads.
        if (best == ColumnRole.FULL_NAME && bestLength <= 4 && bestStart > 0) {
            for (String word : words) {
                if (word.equals("person") || word.equals("applicant") || word.equals("detainee")) {
                    return best;
                }
            }
            return null;
        }
        return best;
    }
}
