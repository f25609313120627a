package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names in prose. First with a cue: a title or role word before it ("Mr", "Mme",
 * "detainee", "applicant", "Name:"), or a date-of-birth cue right after it ("Maria Lopez, DOB ...").
 * Then without one, from the name dictionaries and the shape of the words ({@link UncuedNames}):
 * a minister named in a press release is a name too; whether it may be published is the risk
 * model's decision, not the detector's.
 */
public final class PersonNameDetector implements TextDetector {

    private static final String NAME_WORD = "(?:[\\p{Lu}][\\p{L}'’\\-]+|[\\p{Lu}]\\.|[\\p{IsHan}]{2,4}|[\\p{IsArabic}\\p{IsCyrillic}][\\p{L}\\u200c\\-]+)";
    private static final String NAME = "(" + NAME_WORD + "(?:[ \\u00a0]+" + NAME_WORD + "){0,4})";
    private static final Pattern AFTER_CUE = Pattern.compile(
            "(?iu:\\b(?:detainee|applicant|claimant|asylum seeker|client|patient|name|full name|nom|nombre|mr|mrs|ms|miss|mx|dr|mme|mlle|sr|sra|srta|señor|señora"
            + "|minister|ministre|ministra|ministro|chair|chairman|chairwoman|chairperson|spokesperson|spokesman|spokeswoman|portavoz"
            + "|senator|commissioner|director|secretary|mayor|governor|ambassador|councillor|professor|prof|sir|dame|contact)\\b\\.?\\s*[:\\-]?\\s*)"
            + NAME);
    private static final Pattern BEFORE_BIRTH_CUE = Pattern.compile(
            NAME + "(?=\\s*[,(،，（]\\s*(?iu:dob|d\\.o\\.b|born|date of birth|né|née|nacid[oa]|fecha de nacimiento"
            + "|дата рождения|родил(?:ся|ась)|تاریخ تولد|متولد|تاريخ الميلاد|出生日期|出生于|生于))");

    private final UncuedNames uncued = new UncuedNames();

    @Override
    public FindingType type() {
        return FindingType.PERSON_NAME;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 4) {
            return;
        }
        // Dictionary names first: their spans are whole ("Sonia del Ángel Saldaña"); the cue
        // patterns then add the names the dictionaries do not know.
        uncued.find(text, out);
        Matcher m = AFTER_CUE.matcher(text);
        while (m.find()) {
            add(text, m.start(1), m.end(1), "after a title or role word", out);
        }
        m = BEFORE_BIRTH_CUE.matcher(text);
        while (m.find()) {
            add(text, m.start(1), m.end(1), "followed by a date-of-birth cue", out);
        }
    }

    /**
     * Tries the title pattern only where one of its cue words starts ({@link Cues}), in text order,
     * as a scan of the whole text would (every match of that pattern starts with a cue word), and
     * the date-of-birth pattern only when a birth cue follows a comma or a bracket somewhere.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        Cues cues = profile.cues();
        if (text.length() < 4 || !cues.exact(lowerText)) {
            detect(text, lowerText, out);
            return;
        }
        uncued.find(text, out);
        int[] titles = cues.of(Cues.Group.NAME_TITLE, lowerText);
        if (titles.length > 0) {
            Matcher m = AFTER_CUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int position = 0;
            for (int k = 0; k < titles.length; k += 2) {
                if (titles[k] < position) {
                    continue;
                }
                m.region(titles[k], text.length());
                if (m.lookingAt()) {
                    add(text, m.start(1), m.end(1), "after a title or role word", out);
                    position = m.end();
                }
            }
        }
        if (birthCueAfterComma(text, cues.of(Cues.Group.NAME_BIRTH, lowerText))) {
            Matcher m = BEFORE_BIRTH_CUE.matcher(text);
            while (m.find()) {
                add(text, m.start(1), m.end(1), "followed by a date-of-birth cue", out);
            }
        }
    }

    /** Whether a birth cue follows a comma or a bracket (Latin, Arabic or full-width) and white space only, as {@link #BEFORE_BIRTH_CUE} asks. */
    private static boolean birthCueAfterComma(String text, int[] cues) {
        for (int k = 0; k < cues.length; k += 2) {
            int i = cues[k] - 1;
            while (i >= 0 && isSpace(text.charAt(i))) {
                i--;
            }
            if (i >= 0 && ",(،，（".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The regex engine's {@code \s} without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private void add(String text, int start, int end, String why, List<Detection> out) {
        String candidate = text.substring(start, end);
        if (!NameShape.isPersonName(candidate, true)) {
            return;
        }
        for (Detection d : out) {
            if (d.type() == FindingType.PERSON_NAME && d.start() < end && start < d.end()) {
                return;
            }
        }
        out.add(new Detection(type(), start, end, Confidence.MEDIUM, "words shaped like a name " + why));
    }
}
