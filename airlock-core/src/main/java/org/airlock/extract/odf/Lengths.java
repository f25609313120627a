package org.airlock.extract.odf;

import java.util.Locale;

/** ODF lengths ("27.94cm", "10in", "720pt") in points, for comparing a shape with its page. */
final class Lengths {

    private Lengths() {
    }

    /** The length in points, or {@link Double#NaN} when it is missing or not understood. */
    static double points(String length) {
        String s = length.strip().toLowerCase(Locale.ROOT);
        int unit = 0;
        while (unit < s.length() && (Character.isDigit(s.charAt(unit)) || s.charAt(unit) == '.' || s.charAt(unit) == '-')) {
            unit++;
        }
        if (unit == 0) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(s.substring(0, unit));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return switch (s.substring(unit)) {
            case "pt" -> value;
            case "in" -> value * 72;
            case "cm" -> value * 72 / 2.54;
            case "mm" -> value * 72 / 25.4;
            case "pc" -> value * 12;
            case "px" -> value * 0.75;
            default -> Double.NaN;
        };
    }
}
