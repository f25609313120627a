package org.airlock.detect.intl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airlock.detect.Confidence;
import org.airlock.detect.ContextWords;
import org.airlock.detect.Detection;
import org.airlock.detect.DetectorInfo;
import org.airlock.detect.FindingType;
import org.airlock.detect.TextDetector;
import org.airlock.detect.TextProfile;

/**
 * GPS coordinates: a latitude and longitude pair in decimal degrees with at least four decimals
 * (about 10 m, a house) or in degrees, minutes and seconds with hemispheres. Latitude must be
 * within ±90 and longitude within ±180.
 */
public final class CoordinatesDetector implements TextDetector {

    private static final Pattern DECIMAL = Pattern.compile(
            "(?<![\\d.-])(-?\\d{1,2}\\.\\d{4,})\\s*[,;]\\s*(-?\\d{1,3}\\.\\d{4,})(?!\\d|\\.\\d)");
    private static final Pattern DMS = Pattern.compile(
            "(?<!\\d)(\\d{1,2})°\\s?(\\d{1,2})['′]\\s?(\\d{1,2}(?:\\.\\d+)?)[\"″]?\\s?([NS])[,\\s]+(\\d{1,3})°\\s?(\\d{1,2})['′]\\s?(\\d{1,2}(?:\\.\\d+)?)[\"″]?\\s?([EWO])");
    private static final ContextWords CONTEXT = new ContextWords(List.of(
            "gps", "coordinates", "lat", "latitude", "location", "coordonnées", "coordenadas", "koordinaten", "координаты", "ubicación", "position"), 40);

    @Override
    public FindingType type() {
        return FindingType.GPS_COORDINATES;
    }

    @Override
    public boolean mayMatch(TextProfile p) {
        return p.windowDigits() >= 8 && p.longestDigitRun() >= 2;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        detect(text, lowerText, TextProfile.of(text), out);
    }

    /** Runs the patterns only in the profile's digit windows (see {@link TextProfile#windows()}). */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        int[] windows = profile.windows();
        for (int w = 0; w < windows.length; w += 3) {
            if (windows[w + 2] >= 8) {
                detectIn(text, lowerText, windows[w], windows[w + 1], out);
            }
        }
    }

    private void detectIn(String text, String lowerText, int from, int to, List<Detection> out) {
        if (text.indexOf('.') >= 0) {
            Matcher m = DECIMAL.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                double lat = Double.parseDouble(m.group(1));
                double lon = Double.parseDouble(m.group(2));
                if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                    add(out, m.start(), m.end(), lowerText, "latitude and longitude in decimal degrees, within range");
                }
            }
        }
        if (text.indexOf('°') >= 0) {
            Matcher m = DMS.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) <= 90 && Integer.parseInt(m.group(5)) <= 180
                        && Integer.parseInt(m.group(2)) < 60 && Integer.parseInt(m.group(6)) < 60) {
                    add(out, m.start(), m.end(), lowerText, "degrees, minutes, seconds with hemispheres, within range");
                }
            }
        }
    }

    private void add(List<Detection> out, int start, int end, String lowerText, String why) {
        ContextWords.Match word = CONTEXT.near(lowerText, start, end, 20);
        out.add(new Detection(type(), start, end, word == null ? Confidence.MEDIUM : Confidence.HIGH,
                why + (word == null ? "" : "; " + word.describe())));
    }

    @Override
    public DetectorInfo info() {
        return new DetectorInfo(type().id(), type().category(), "latitude within ±90, longitude within ±180, 4+ decimals or DMS with hemispheres",
                CONTEXT.words(), false, "MEDIUM; HIGH with context");
    }
}
