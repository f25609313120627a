package org.airlock.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names and family names across origins and scripts (Latin transliterations of Persian,
 * Russian, Chinese, Arabic, Spanish, African and South Asian names; Cyrillic, Perso-Arabic and Han
 * originals), loaded once from {@code names/given-names.tsv} and {@code names/family-names.tsv}.
 * Their sources, licences and the held-out fifth left out on purpose are in {@code names/NOTICE.md}.
 * Look-ups are one hash probe on the folded word; each word maps to the origins it came from, for
 * explanations.
 */
public final class NameDictionary {

    private static final NameDictionary INSTANCE = new NameDictionary();

    private final Map<String, String> given;
    private final Map<String, String> family;

    private NameDictionary() {
        given = load("names/given-names.tsv");
        family = load("names/family-names.tsv");
    }

    public static NameDictionary instance() {
        return INSTANCE;
    }

    /** The origins of a given name ("Persian,Persian (Latin)"), or null when it is not listed. */
    public String givenOrigins(String word) {
        return given.get(key(word));
    }

    /** The origins of a family name, or null when it is not listed. */
    public String familyOrigins(String word) {
        String origins = family.get(key(word));
        if (origins == null && word.length() > 3) {
            // "al-Hashimi", "El-Amin", "Abu-Bakr": the article is written joined to the family name.
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("al-") || lower.startsWith("el-")) {
                origins = family.get(key(word.substring(3)));
            }
        }
        return origins;
    }

    public boolean isGiven(String word) {
        return givenOrigins(word) != null;
    }

    public boolean isFamily(String word) {
        return familyOrigins(word) != null;
    }

    public int givenCount() {
        return given.size();
    }

    public int familyCount() {
        return family.size();
    }

    /** Lower case with accents and joiners dropped, as the lists were folded when written. */
    static String key(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
        String decomposed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK && type != Character.FORMAT) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> names = new HashMap<>(16_384);
        try (InputStream in = NameDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                names.merge(key(line.substring(0, tab)), line.substring(tab + 1), (a, b) -> a.equals(b) ? a : a + "," + b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
