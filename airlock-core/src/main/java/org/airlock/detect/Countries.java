package org.airlock.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names and nationalities in many languages. Names come from the JDK's CLDR locale data
 * (every ISO 3166 country in 40 languages, Latin, Cyrillic, Arabic and CJK scripts); demonyms and
 * official-list spellings that CLDR lacks come from {@code nationality-terms.txt}.
 */
public final class Countries {

    private static final String[] LANGUAGES = {
        "en", "fr", "es", "pt", "de", "it", "nl", "ru", "uk", "zh", "ja", "ko", "fa", "ar", "tr", "vi", "hi",
        "ro", "pl", "cs", "hu", "el", "he", "sq", "sr", "hr", "bg", "ps", "ur", "bn", "ta", "am", "so", "sw",
        "tl", "id", "ms", "th", "ka", "hy",
    };
    private static final Countries INSTANCE = new Countries();

    private final Set<String> folded = new HashSet<>();
    private final Set<String> isoCodes = new HashSet<>();

    private Countries() {
        for (String country : Locale.getISOCountries()) {
            Locale region = Locale.of("", country);
            isoCodes.add(country);
            try {
                isoCodes.add(region.getISO3Country());
            } catch (java.util.MissingResourceException e) {
                // A few reserved codes have no alpha-3 form; the alpha-2 code is enough.
            }
            for (String language : LANGUAGES) {
                String name = region.getDisplayCountry(Locale.forLanguageTag(language));
                if (!name.isBlank() && !name.equals(country)) {
                    folded.add(Folding.fold(name));
                }
            }
        }
        try (InputStream in = Countries.class.getResourceAsStream("nationality-terms.txt")) {
            if (in == null) {
                throw new IllegalStateException("nationality-terms.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String term = line.strip();
                if (!term.isEmpty() && !term.startsWith("#")) {
                    folded.add(Folding.fold(term));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Countries instance() {
        return INSTANCE;
    }

    /** Whether the whole value names a country or a nationality ("MEXICO", "Mexican", "Мексика"). */
    public boolean isNationality(String value) {
        if (value.length() < 2 || value.length() > 60) {
            return false;
        }
        return folded.contains(Folding.fold(value));
    }

    /** Whether the value is an ISO 3166 alpha-2 or alpha-3 code, only meaningful in a nationality column. */
    public boolean isIsoCode(String value) {
        String v = value.strip();
        return (v.length() == 2 || v.length() == 3) && isoCodes.contains(v.toUpperCase(Locale.ROOT));
    }
}
