package org.airlock.generator;

import java.util.Locale;
import java.util.Random;

/**
 * Countries of citizenship of generated people, weighted roughly like US immigration detention
 * populations, each with the name styles its people are drawn in. Origins with a native-script
 * style get native-script names for a share of their people (see {@link PeopleGenerator}).
 */
enum Origin {
    MEXICO("MEXICO", 18, NameStyle.SPANISH_MX, null),
    GUATEMALA("GUATEMALA", 14, NameStyle.SPANISH_MX, null),
    HONDURAS("HONDURAS", 11, NameStyle.SPANISH_MX, null),
    EL_SALVADOR("EL SALVADOR", 7, NameStyle.SPANISH_MX, null),
    CUBA("CUBA", 6, NameStyle.SPANISH, null),
    VENEZUELA("VENEZUELA", 6, NameStyle.SPANISH, null),
    COLOMBIA("COLOMBIA", 5, NameStyle.SPANISH, null),
    NICARAGUA("NICARAGUA", 4, NameStyle.SPANISH_MX, null),
    ECUADOR("ECUADOR", 4, NameStyle.SPANISH, null),
    HAITI("HAITI", 4, NameStyle.FRENCH, null),
    BRAZIL("BRAZIL", 3, NameStyle.BRAZILIAN, null),
    INDIA("INDIA", 4, NameStyle.INDIAN, null),
    IRAN("IRAN", 4, NameStyle.IRANIAN_LATIN, NameStyle.PERSIAN_SCRIPT),
    RUSSIA("RUSSIA", 4, NameStyle.RUSSIAN_LATIN, NameStyle.RUSSIAN_CYRILLIC),
    CHINA("CHINA", 5, NameStyle.CHINESE_LATIN, NameStyle.CHINESE_HAN),
    AFGHANISTAN("AFGHANISTAN", 3, NameStyle.AFGHAN_LATIN, NameStyle.PERSIAN_SCRIPT),
    UKRAINE("UKRAINE", 3, NameStyle.UKRAINIAN_LATIN, NameStyle.UKRAINIAN_CYRILLIC),
    ROMANIA("ROMANIA", 2, NameStyle.ROMANIAN_LATIN, null),
    NIGERIA("NIGERIA", 2, NameStyle.NIGERIAN, null),
    VIETNAM("VIETNAM", 2, NameStyle.VIETNAMESE, null);

    private static final int TOTAL_WEIGHT;

    static {
        int total = 0;
        for (Origin origin : values()) {
            total += origin.weight;
        }
        TOTAL_WEIGHT = total;
    }

    /** Upper-case English name, as the ICE spreadsheet wrote it. */
    final String country;
    final int weight;
    final NameStyle latinStyle;
    /** Null when the origin's names are already Latin script. */
    final NameStyle nativeStyle;

    Origin(String country, int weight, NameStyle latinStyle, NameStyle nativeStyle) {
        this.country = country;
        this.weight = weight;
        this.latinStyle = latinStyle;
        this.nativeStyle = nativeStyle;
    }

    /** "EL SALVADOR" becomes "El Salvador", for sheets that do not shout. */
    String titleCase() {
        StringBuilder out = new StringBuilder(country.length());
        boolean startOfWord = true;
        for (char c : country.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ';
        }
        return out.toString();
    }

    static Origin pick(Random random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Origin origin : values()) {
            ticket -= origin.weight;
            if (ticket < 0) {
                return origin;
            }
        }
        throw new AssertionError("weights do not add up");
    }

    static Origin byCountry(String country) {
        for (Origin origin : values()) {
            if (origin.country.equals(country)) {
                return origin;
            }
        }
        throw new IllegalArgumentException("unknown country: " + country);
    }
}
