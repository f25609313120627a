package org.airlock.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates of birth in prose. A date is only a date of birth when a context word says so ("DOB",
 * "born", "né le", "fecha de nacimiento", "дата рождения") within a short window before it:
 * reporting periods, meeting dates and deadlines are dates too.
 */
public final class DateOfBirthDetector implements TextDetector {

    private static final ContextWords CONTEXT = new ContextWords(List.of(
            "dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birth",
            "né le", "née le", "né ", "née ", "date de naissance", "naissance",
            "fecha de nacimiento", "nacimiento", "nacido", "nacida", "f. nac",
            "дата рождения", "родился", "родилась"), 30);
    private final LocalDate today;

    public DateOfBirthDetector(LocalDate today) {
        this.today = today;
    }

    @Override
    public FindingType type() {
        return FindingType.DATE_OF_BIRTH;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 6) {
            return;
        }
        Matcher m = DateValues.IN_TEXT.matcher(text);
        while (m.find()) {
            String word = CONTEXT.before(lowerText, m.start());
            if (word == null) {
                continue;
            }
            LocalDate date = DateValues.parse(m.group(), today);
            if (DateValues.plausibleBirthDate(date, today)) {
                out.add(new Detection(type(), m.start(), m.end(), Confidence.HIGH,
                        "a past date after context word '" + word.strip() + "'"));
            }
        }
    }
}
