package org.airlock.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates fictional people in immigration detention, deterministically from a seed.
 *
 * <p>Names come from datafaker locales (Spanish, Portuguese, French, Indian and Nigerian English,
 * Vietnamese, Russian, Ukrainian, Persian, Chinese) and from short transliterated lists where
 * datafaker has no Latin-script names. About one person in ten keeps a native-script name:
 * Cyrillic for Russia and Ukraine, Perso-Arabic for Iran and Afghanistan, Han for China. The
 * rest are in Latin script, as immigration systems mostly record them.
 *
 * <p>{@link #people(int)} starts from the seed every time, so the same seed always gives the same
 * list, and a shorter list is a prefix of a longer one.
 */
public final class PeopleGenerator {

    /** Lowest and highest A-number issued, as nine-digit numbers. */
    static final int A_NUMBER_MIN = 200_000_000;
    static final int A_NUMBER_MAX = 249_999_999;

    static final List<String> CASE_STATUSES = List.of(
            "Asylum pending", "Withholding of removal", "CAT deferral", "Final order of removal",
            "Credible fear interview scheduled", "Removal proceedings", "Asylum granted",
            "Voluntary departure");

    /**
     * Share of people from origins with a native script who get a native-script name. Those
     * origins make up about a sixth of people, so about a tenth of everybody is in native script.
     */
    private static final double NATIVE_SCRIPT_SHARE = 0.55;
    private static final double MALE_SHARE = 0.7;

    private static final LocalDate OLDEST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final LocalDate YOUNG_ADULT_BIRTH = LocalDate.of(1980, 1, 1);
    private static final LocalDate YOUNGEST_BIRTH = LocalDate.of(2006, 12, 31);
    private static final LocalDate FIRST_BOOK_IN = LocalDate.of(2022, 1, 1);
    private static final LocalDate LAST_BOOK_IN = LocalDate.of(2022, 12, 31);

    private final long seed;

    /** @param seed the same seed always produces the same people */
    public PeopleGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * @param count how many people, zero or more
     * @return {@code count} people with A-numbers unique within the list
     */
    public List<Person> people(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Random random = new Random(seed);
        LocaleFakers fakers = new LocaleFakers(random);
        Set<Integer> usedANumbers = new HashSet<>(count * 2);
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(next(random, fakers, usedANumbers));
        }
        return people;
    }

    private static Person next(Random random, LocaleFakers fakers, Set<Integer> usedANumbers) {
        Origin origin = Origin.pick(random);
        boolean male = random.nextDouble() < MALE_SHARE;
        NameStyle style = origin.nativeStyle != null && random.nextDouble() < NATIVE_SCRIPT_SHARE
                ? origin.nativeStyle
                : origin.latinStyle;
        PersonName name = style.draw(fakers, male);
        // Most detainees are young adults; some are older.
        LocalDate dateOfBirth = random.nextInt(100) < 75
                ? dateBetween(random, YOUNG_ADULT_BIRTH, YOUNGEST_BIRTH)
                : dateBetween(random, OLDEST_BIRTH, YOUNGEST_BIRTH);
        int aNumber;
        do {
            aNumber = A_NUMBER_MIN + random.nextInt(A_NUMBER_MAX - A_NUMBER_MIN + 1);
        } while (!usedANumbers.add(aNumber));
        List<DetentionFacility> facilities = DetentionFacility.ALL;
        return new Person(
                name.given(),
                name.family(),
                name.script(),
                dateOfBirth,
                origin.country,
                "A" + aNumber,
                male ? "Male" : "Female",
                facilities.get(random.nextInt(facilities.size())).name(),
                CASE_STATUSES.get(random.nextInt(CASE_STATUSES.size())),
                dateBetween(random, FIRST_BOOK_IN, LAST_BOOK_IN));
    }

    static LocalDate dateBetween(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        return LocalDate.ofEpochDay(first.toEpochDay() + random.nextLong(days));
    }
}
