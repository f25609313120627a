package org.airlock.detect;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates of birth in prose. A date is only a date of birth when a context word says so ("DOB",
 * "born", "né le", "fecha de nacimiento", "дата рождения") within a short window before it:
 * reporting periods, meeting dates and deadlines are dates too. A word between the cue and the
 * date that names another kind of date ("births registered in the period ending ...",
 * "published", "as of") cancels the cue, and so does another date: a cue governs the first date
 * after it.
 */
public final class DateOfBirthDetector implements TextDetector {

    static final ContextWords CONTEXT = new ContextWords(List.of(
            "dob", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birth",
            "né le", "née le", "né ", "née ", "date de naissance", "naissance",
            "fecha de nacimiento", "nacimiento", "nacido", "nacida", "f. nac",
            "дата рождения", "родился", "родилась", "г.р.", "дата народження", "народився", "народилася",
            "geboren", "geburtsdatum", "geb.", "data di nascita", "nato il", "nata il", "data de nascimento",
            "nascido em", "nascida em", "doğum tarihi", "ngày sinh",
            "تاریخ تولد", "متولد", "تاريخ الميلاد", "تاريخ الولادة", "مواليد",
            "出生日期", "出生于", "出生於", "生年月日", "생년월일"), DateOfBirthDetector.WINDOW);
    /**
     * Words that, between a birth cue and a date, say the date is something else: "births
     * registered in the period ending 31/03/2024", "birth statistics published 12/04/2024".
     */
    private static final List<String> NOT_BIRTH = List.of("period", "ending", "ended", "published", "as of", "as at",
            "fiscal", "financial year", "quarter", "released", "release", "updated", "report", "registered",
            "registration", "statistics", "book-in", "booked", "arrival", "arrived", "entry", "detained", "since",
            "between", "until", "from", "to ", "deadline", "période", "publié", "periodo", "publicado", "период",
            "опубликован", "دوره", "گزارش", "期间", "发布", "截至");
    /** How far before a date its cue may be. */
    static final int WINDOW = 30;
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
            check(m, lowerText, out);
        }
    }

    /**
     * Runs the date pattern only after the text's date-of-birth cues ({@link Cues}): a date counts
     * only when a cue ends within {@value #WINDOW} characters before it, so the pattern is tried at
     * each position from a cue to {@value #WINDOW} characters after it, in order, as find() would.
     * The scan may jump to the start of a cue because no date can run across a cue's first letter
     * (dates hold digits, separators, month names, "de" and ordinal suffixes, none of which a cue
     * word begins), so the dates found are exactly those a scan of the whole text finds.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        Cues cues = profile.cues();
        if (text.length() < 6 || !cues.exact(lowerText)) {
            detect(text, lowerText, out);
            return;
        }
        int[] at = cues.of(Cues.Group.BIRTH_DATE, lowerText);
        Matcher m = DateValues.IN_TEXT.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int position = 0;
        for (int k = 0; k < at.length; k += 2) {
            // Try each position in turn, as find() would, from the cue (or the end of the last
            // date, whichever is later) to the last place a date may start after this cue.
            int last = Math.min(n - 1, at[k] + WINDOW);
            for (int p = Math.max(position, at[k]); p <= last; p++) {
                m.region(p, n);
                if (m.lookingAt()) {
                    check(m, lowerText, out);
                    p = m.end() - 1;
                    position = m.end();
                }
            }
            position = Math.max(position, last + 1);
        }
    }

    private void check(Matcher m, String lowerText, List<Detection> out) {
        String word = CONTEXT.before(lowerText, m.start());
        if (word == null || otherDateBetween(lowerText, word, m.start())) {
            return;
        }
        LocalDate date = DateValues.parse(m.group(), today);
        if (DateValues.plausibleBirthDate(date, today)) {
            out.add(new Detection(type(), m.start(), m.end(), Confidence.HIGH,
                    "a past date after context word '" + word.strip() + "'"));
        }
    }

    /** Whether a word between the birth cue and the date says the date is a period, a publication or an event. */
    private static boolean otherDateBetween(String lowerText, String cue, int dateStart) {
        int from = Math.max(0, dateStart - WINDOW);
        int at = lowerText.lastIndexOf(cue, dateStart - cue.length());
        if (at < from) {
            return false;
        }
        String between = lowerText.substring(at + cue.length(), dateStart);
        for (int i = 0; i < between.length(); i++) {
            if (Character.isDigit(between.charAt(i))) {
                return true; // a cue governs the first date after it: "出生日期1971年…，入境日期2023年…"
            }
        }
        for (String word : NOT_BIRTH) {
            if (between.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
