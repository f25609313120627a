package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GPS position written as "GPS ... latitude, longitude" in decimal degrees, as the image
 * extractor writes the position it reads from EXIF. The word GPS is required: bare pairs of
 * decimals in prose are far more often measurements than places.
 */
public final class GpsCoordinatesDetector implements TextDetector {

    private static final Pattern GPS = Pattern.compile(
            "\\bGPS\\b[^\\n\\d-]{0,40}(-?\\d{1,2}\\.\\d{3,})\\s*,\\s*(-?\\d{1,3}\\.\\d{3,})");

    @Override
    public FindingType type() {
        return FindingType.GPS_COORDINATES;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (!lowerText.contains("gps")) {
            return;
        }
        Matcher m = GPS.matcher(text);
        while (m.find()) {
            double latitude = Double.parseDouble(m.group(1));
            double longitude = Double.parseDouble(m.group(2));
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && (latitude != 0 || longitude != 0)) {
                out.add(new Detection(type(), m.start(1), m.end(2), Confidence.HIGH,
                        "latitude and longitude in range after the word GPS"));
            }
        }
    }
}
