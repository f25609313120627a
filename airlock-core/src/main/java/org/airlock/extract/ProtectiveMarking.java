package org.airlock.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protective marking printed as a banner in a page header or footer: "OFFICIAL-SENSITIVE",
 * "CUI//SP-PRVCY", "CONFIDENTIAL". Only a line that is nothing but the marking, in capitals, in a
 * header or footer counts, so prose that mentions a secret is not taken for a label.
 */
public final class ProtectiveMarking {

    private static final Pattern BANNER = Pattern.compile(
            "(TOP SECRET|SECRET|OFFICIAL[-\u2010\u2011 ]SENSITIVE(?: [A-Z]+)?|CUI(?://[A-Z0-9/-]+)?"
            + "|CONTROLLED UNCLASSIFIED INFORMATION|STRICTLY CONFIDENTIAL|HIGHLY CONFIDENTIAL|CONFIDENTIAL|RESTRICTED)");

    private ProtectiveMarking() {
    }

    /** Whether text at this place is read for banners: print headers and footers only. */
    public static boolean inHeaderOrFooter(Location location, Visibility visibility) {
        String part = location.part().toLowerCase(Locale.ROOT);
        return visibility == Visibility.HEADER_FOOTER || part.startsWith("header") || part.startsWith("footer")
                || part.contains("› header") || part.contains("› footer");
    }

    /** The marking a header or footer text is, line by line, or null. */
    public static SensitivityLabel find(Location location, String text) {
        if (text.length() > 2_000) {
            return null;
        }
        for (String line : text.split("[\\r\\n\\t]+|&[LCR]")) {
            Matcher m = BANNER.matcher(line.strip());
            if (m.matches()) {
                return new SensitivityLabel("", m.group(1), true, "printed marking", "", location);
            }
        }
        return null;
    }
}
