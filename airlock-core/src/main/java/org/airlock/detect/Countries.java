package org.airlock.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import com.ibm.icu.util.ULocale;
import java.util.Set;

/**
 * Country names and nationalities in many languages. Names come from ICU4J's CLDR locale data
 * ({@code ULocale.getDisplayCountry}: every ISO 3166 country in the languages below, Latin,
 * Cyrillic, Arabic, Hebrew, Indic, Ethiopic and CJK scripts, plus ICU's short and variant forms
 * such as "USA"); demonyms, which CLDR does not carry, and official-list spellings come from
 * {@code nationality-terms.txt} (its provenance is in its header).
 */
public final class Countries {

    private static final String[] LANGUAGES = {
        "en", "fr", "es", "pt", "de", "it", "nl", "ru", "uk", "zh", "ja", "ko", "fa", "ar", "tr", "vi", "hi",
        "ro", "pl", "cs", "hu", "el", "he", "sq", "sr", "hr", "bg", "ps", "ur", "bn", "ta", "am", "so", "sw",
        "tl", "id", "ms", "th", "ka", "hy", "ti", "ne", "pa", "gu", "mr", "uz", "kk", "ky", "tg", "az", "be", "mn",
        "my", "km", "lo", "si", "ha", "yo", "ig", "zu", "sv", "da", "nb", "fi", "et", "lv", "lt", "sk", "sl", "mk",
        "bs", "ku", "ckb", "zh_Hant",
    };
    private static final Countries INSTANCE = new Countries();

    private final Set<String> folded = new HashSet<>();
    private final Set<String> isoCodes = new HashSet<>();

    private Countries() {
        ULocale[] languages = new ULocale[LANGUAGES.length];
        for (int i = 0; i < LANGUAGES.length; i++) {
            languages[i] = new ULocale(LANGUAGES[i]);
        }
        for (String country : ULocale.getISOCountries()) {
            ULocale region = new ULocale("und_" + country);
            isoCodes.add(country);
            String alpha3 = region.getISO3Country();
            if (!alpha3.isEmpty()) {
                isoCodes.add(alpha3);
            }
            for (ULocale language : languages) {
                String name = region.getDisplayCountry(language);
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
