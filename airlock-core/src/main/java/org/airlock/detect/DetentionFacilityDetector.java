package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of detention places: "... Processing Center", "... County Jail", "... Immigration Removal
 * Centre", "centre de rétention", "centro de detención". A detention location tied to a person is
 * sensitive; a list of facilities alone is not, which record assembly decides.
 */
public final class DetentionFacilityDetector implements TextDetector {

    private static final Pattern FACILITY = Pattern.compile(
            "(?:\\b[\\p{Lu}][\\p{L}'.\\-]*\\s+){1,5}(?:(?:Service\\s+)?Processing\\s+Cent(?:er|re)|(?:Contract\\s+)?Detention\\s+(?:Cent(?:er|re)|Facility)"
            + "|Correctional\\s+(?:Cent(?:er|re)|Facility|Institution|Complex)|County\\s+(?:Jail|Detention\\s+Cent(?:er|re))"
            + "|Immigration\\s+Removal\\s+Cent(?:re|er)|Short[- ]Term\\s+Holding\\s+Facility)\\b"
            + "|(?iu:centre\\s+de\\s+r[ée]tention(?:\\s+administrative)?|centro\\s+de\\s+(?:detenci[óo]n|internamiento)(?:\\s+de\\s+extranjeros)?)");

    @Override
    public FindingType type() {
        return FindingType.DETENTION_FACILITY;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 10 || !(lowerText.contains("cent") || lowerText.contains("jail")
                || lowerText.contains("facility") || lowerText.contains("institution") || lowerText.contains("complex"))) {
            return;
        }
        Matcher m = FACILITY.matcher(text);
        while (m.find()) {
            out.add(new Detection(type(), m.start(), m.end(), Confidence.MEDIUM, "named like a detention place"));
        }
    }

    /** Whether the whole value names a detention place. */
    public boolean isFacility(String value) {
        List<Detection> found = new java.util.ArrayList<>(1);
        detect(value, value.toLowerCase(java.util.Locale.ROOT), found);
        return !found.isEmpty();
    }
}
