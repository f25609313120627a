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

    /** The role a header announces, or null. */
    public static ColumnRole roleOf(String header) {
        if (header.length() > 80) {
            return null;
        }
        String folded = " " + Folding.fold(header) + " ";
        ColumnRole best = null;
        int bestLength = 0;
        for (Map.Entry<String, ColumnRole> entry : PHRASES.entrySet()) {
            String phrase = entry.getKey();
            if (phrase.length() > bestLength && folded.contains(" " + phrase + " ")) {
                best = entry.getValue();
                bestLength = phrase.length();
            }
        }
        // "Name" alone inside a longer header ("Facility name", "File name") only counts when it leads.
        if (best == ColumnRole.FULL_NAME && bestLength <= 4 && !folded.startsWith(" name") && !folded.startsWith(" nom")) {
            return folded.contains(" person") || folded.contains(" applicant") || folded.contains(" detainee") ? best : null;
        }
        return best;
    }
}
