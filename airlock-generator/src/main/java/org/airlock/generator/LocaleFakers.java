package org.airlock.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;

/**
 * One datafaker {@link Faker} per locale, all drawing from a single seeded {@link Random}, so the
 * whole sequence of generated values depends on the seed alone. Fakers are created on first use;
 * creating one is cheap once datafaker has loaded its locale files.
 */
final class LocaleFakers {

    private final Random random;
    private final Map<String, Faker> byTag = new HashMap<>();

    LocaleFakers(Random random) {
        this.random = random;
    }

    Faker get(String languageTag) {
        return byTag.computeIfAbsent(languageTag, tag -> new Faker(Locale.forLanguageTag(tag), random));
    }

    Random random() {
        return random;
    }
}
