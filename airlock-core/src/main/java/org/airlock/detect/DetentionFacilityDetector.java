package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of detention places and prisons: "... Processing Center", "... County Jail", "... Immigration
 * Removal Centre", "HMP Wandsworth", "... State Prison", "... Penitentiary", "centre de rétention",
 * "maison d'arrêt de ...", "centro de detención", "centro penitenciario", "СИЗО-1",
 * "исправительная колония", "زندان اوین", "看守所", "监狱". A detention location tied to a person is
 * sensitive; a list of facilities alone is not, which record assembly decides.
 */
public final class DetentionFacilityDetector implements TextDetector {

    private static final Pattern FACILITY = Pattern.compile(
            "(?:\\b[\\p{Lu}][\\p{L}'.\\-]*\\s+){1,5}(?:(?:Service\\s+)?Processing\\s+Cent(?:er|re)|(?:Contract\\s+)?Detention\\s+(?:Cent(?:er|re)|Facility)"
            + "|Correctional\\s+(?:Cent(?:er|re)|Facility|Institution|Complex)|County\\s+(?:Jail|Detention\\s+Cent(?:er|re))"
            + "|Immigration\\s+Removal\\s+Cent(?:re|er)|Short[- ]Term\\s+Holding\\s+Facility|(?:State\\s+|Federal\\s+)?Prison|Penitentiary)\\b"
            + "|\\bHMP\\s+[\\p{Lu}][\\p{L}'\\-]+(?:\\s+[\\p{Lu}][\\p{L}'\\-]+)?"
            + "|(?iu:centre\\s+de\\s+r[ée]tention(?:\\s+administrative)?|centre\\s+p[ée]nitentiaire|maison\\s+d['’]arr[êe]t"
            + "|centro\\s+de\\s+(?:detenci[óo]n|internamiento)(?:\\s+de\\s+extranjeros)?|centro\\s+penitenciario"
            + "|сизо(?:-\\d+)?|исправительн\\p{L}+\\s+колони\\p{L}+|следственн\\p{L}+\\s+изолятор\\p{L}*)"
            + "|زندان\\s+[\\p{IsArabic}]+|[\\p{IsHan}]{0,6}(?:看守所|监狱|拘留所)");

    /** Words one of which a match always holds (in lower case): the gate before the pattern. */
    static final List<String> GATE = List.of("center", "centre", "jail", "facility", "institution", "complex", "prison",
            "penitentiary", "hmp ", "maison d", "centro", "сизо", "колони", "изолятор", "زندان", "看守所", "监狱", "拘留所");

    @Override
    public FindingType type() {
        return FindingType.DETENTION_FACILITY;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 2) {
            return;
        }
        boolean any = false;
        for (int i = 0; i < GATE.size() && !any; i++) {
            any = lowerText.contains(GATE.get(i));
        }
        if (any) {
            scan(text, out);
        }
    }

    /** Runs the pattern only when the shared cue pass ({@link Cues}) saw one of the gate words. */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        Cues cues = profile.cues();
        if (!cues.exact(lowerText)) {
            detect(text, lowerText, out);
        } else if (text.length() >= 2 && cues.of(Cues.Group.DETENTION, lowerText).length > 0) {
            scan(text, out);
        }
    }

    private void scan(String text, List<Detection> out) {
        Matcher m = FACILITY.matcher(text);
        while (m.find()) {
            out.add(new Detection(type(), m.start(), m.end(), Confidence.MEDIUM, "named like a detention place or prison"));
        }
    }

    /** Whether the whole value names a detention place. */
    public boolean isFacility(String value) {
        List<Detection> found = new java.util.ArrayList<>(1);
        detect(value, value.toLowerCase(java.util.Locale.ROOT), found);
        return !found.isEmpty();
    }
}
