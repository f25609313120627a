package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nationality in prose: a country name or demonym right after a cue ("nationality:", "citizen of",
 * "nationalité", "nacionalidad", "гражданство"). A bare country name in prose is not personal data.
 */
public final class NationalityDetector implements TextDetector {

    private static final Pattern CUE = Pattern.compile(
            "(?iu)(nationality|citizenship|citizen of|national of|country of citizenship|nationalité|nacionalidad|ciudadanía|гражданство"
            + "|национальность|громадянство|staatsangehörigkeit|nazionalità|nacionalidade|uyruğu|ملیت|تابعیت|الجنسية|国籍)\\s*[:\\-：]?\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’.\\-]*");
    private final Countries countries = Countries.instance();

    @Override
    public FindingType type() {
        return FindingType.NATIONALITY;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            afterCue(text, cue, out);
        }
    }

    /**
     * Tries the cue pattern only where one of its words starts ({@link Cues}), in text order, as a
     * scan of the whole text would: every match of that pattern starts with one of those words.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        Cues cues = profile.cues();
        if (!cues.exact(lowerText)) {
            detect(text, lowerText, out);
            return;
        }
        int[] at = cues.of(Cues.Group.NATIONALITY, lowerText);
        if (at.length == 0) {
            return;
        }
        Matcher cue = CUE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int position = 0;
        for (int k = 0; k < at.length; k += 2) {
            if (at[k] < position) {
                continue;
            }
            cue.region(at[k], text.length());
            if (cue.lookingAt()) {
                position = cue.end();
                afterCue(text, cue, out);
            }
        }
    }

    /**
     * Reads the longest run of up to four words after the cue that names a country, else an ISO
     * 3166 code written in capitals ("nationality: IRN"): a code alone in prose means nothing.
     */
    private void afterCue(String text, Matcher cue, List<Detection> out) {
        Matcher word = WORD.matcher(text);
        int from = cue.end();
        int[] ends = new int[4];
        int count = 0;
        int position = from;
        while (count < 4 && word.find(position)) {
            String gap = text.substring(position, word.start());
            if (!gap.isBlank() && !gap.equals(", ")) {
                break;
            }
            int end = word.end();
            while (end > word.start() + 1 && ".-'’".indexOf(text.charAt(end - 1)) >= 0) {
                end--; // the full stop of the sentence is not part of the country
            }
            ends[count++] = end;
            position = word.end();
        }
        for (int n = count; n >= 1; n--) {
            if (countries.isNationality(text.substring(from, ends[n - 1]))) {
                out.add(new Detection(type(), from, ends[n - 1], Confidence.HIGH,
                        "country or nationality after '" + cue.group(1) + "'"));
                return;
            }
        }
        if (count >= 1) {
            String code = text.substring(from, ends[0]);
            if (code.equals(code.toUpperCase(java.util.Locale.ROOT)) && countries.isIsoCode(code)) {
                out.add(new Detection(type(), from, ends[0], Confidence.MEDIUM,
                        "ISO 3166 country code after '" + cue.group(1) + "'"));
            }
        }
    }
}
