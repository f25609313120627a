package org.airlock.generator;

import java.util.Random;
import net.datafaker.Faker;

/**
 * How a name from one origin is put together. Each style knows which datafaker locale or
 * transliterated list it draws from, whether that source has separate male and female names
 * (datafaker falls back to English for keys a locale lacks, so gendered keys are only asked of
 * locales that have them), and the naming custom of the origin (two Hispanic surnames, Vietnamese
 * family name first in datafaker's lists).
 */
enum NameStyle {

    /** Mexican and Central American: gendered given name, often two surnames. */
    SPANISH_MX("es-MX") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return hispanic(fakers.get(tag), male, fakers.random());
        }
    },
    /** Caribbean and South American Spanish. */
    SPANISH("es") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return hispanic(fakers.get(tag), male, fakers.random());
        }
    },
    BRAZILIAN("pt-BR") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(gendered(faker, male), faker.name().lastName());
        }
    },
    /** Haitian names are largely French. */
    FRENCH("fr") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(faker.name().firstName(), faker.name().lastName());
        }
    },
    INDIAN("en-IN") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(faker.name().firstName(), faker.name().lastName());
        }
    },
    NIGERIAN("en-NG") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(faker.name().firstName(), faker.name().lastName());
        }
    },
    /** Datafaker's "vi" list calls family names first_name and middle/given names last_name. */
    VIETNAMESE("vi") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(faker.name().lastName() + " " + faker.name().lastName(), faker.name().firstName());
        }
    },
    RUSSIAN_LATIN("ru") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            PersonName cyrillic = RUSSIAN_CYRILLIC.draw(fakers, male);
            CyrillicTransliteration translit = CyrillicTransliteration.russian();
            return latin(translit.toLatin(cyrillic.given()), translit.toLatin(cyrillic.family()));
        }
    },
    UKRAINIAN_LATIN("uk") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            PersonName cyrillic = UKRAINIAN_CYRILLIC.draw(fakers, male);
            CyrillicTransliteration translit = CyrillicTransliteration.ukrainian();
            return latin(translit.toLatin(cyrillic.given()), translit.toLatin(cyrillic.family()));
        }
    },
    IRANIAN_LATIN(null) {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return listed(TransliteratedNames.IRANIAN, male, fakers.random());
        }
    },
    AFGHAN_LATIN(null) {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return listed(TransliteratedNames.AFGHAN, male, fakers.random());
        }
    },
    CHINESE_LATIN(null) {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return listed(TransliteratedNames.CHINESE, male, fakers.random());
        }
    },
    ROMANIAN_LATIN(null) {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return listed(TransliteratedNames.ROMANIAN, male, fakers.random());
        }
    },
    /** Russian surnames agree with the person's sex (Ivanov / Ivanova), hence the gendered keys. */
    RUSSIAN_CYRILLIC("ru") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return cyrillic(fakers.get(tag), male);
        }
    },
    UKRAINIAN_CYRILLIC("uk") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            return cyrillic(fakers.get(tag), male);
        }
    },
    /** Persian (Farsi / Dari) names in Perso-Arabic script, for Iran and Afghanistan. */
    PERSIAN_SCRIPT("fa") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return new PersonName(faker.name().firstName(), faker.name().lastName(), NameScript.ARABIC);
        }
    },
    CHINESE_HAN("zh-CN") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return new PersonName(faker.name().firstName(), faker.name().lastName(), NameScript.HAN);
        }
    },
    /** British officials and press officers named in press releases (PeopleEvalCases). */
    OFFICIAL_EN("en-GB") {
        @Override
        PersonName draw(LocaleFakers fakers, boolean male) {
            Faker faker = fakers.get(tag);
            return latin(faker.name().firstName(), faker.name().lastName());
        }
    };

    /** Datafaker language tag, or null when the names come from {@link TransliteratedNames}. */
    final String tag;

    NameStyle(String tag) {
        this.tag = tag;
    }

    abstract PersonName draw(LocaleFakers fakers, boolean male);

    private static PersonName hispanic(Faker faker, boolean male, Random random) {
        String family = faker.name().lastName();
        // Most Hispanic records carry both the paternal and the maternal surname.
        if (random.nextInt(100) < 65) {
            family = family + " " + faker.name().lastName();
        }
        return latin(gendered(faker, male), family);
    }

    private static String gendered(Faker faker, boolean male) {
        return faker.expression(male ? "#{Name.male_first_name}" : "#{Name.female_first_name}");
    }

    private static PersonName cyrillic(Faker faker, boolean male) {
        return new PersonName(
                faker.expression(male ? "#{Name.male_first_name}" : "#{Name.female_first_name}"),
                faker.expression(male ? "#{Name.male_last_name}" : "#{Name.female_last_name}"),
                NameScript.CYRILLIC);
    }

    private static PersonName listed(TransliteratedNames names, boolean male, Random random) {
        return latin(names.given(male, random), names.familyName(random));
    }

    private static PersonName latin(String given, String family) {
        return new PersonName(given, family, NameScript.LATIN);
    }
}
