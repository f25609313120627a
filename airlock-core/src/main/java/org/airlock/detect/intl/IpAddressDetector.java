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
 * IPv4 and IPv6 addresses. Octets are range-checked; IPv6 groups and the single "::" are checked
 * by hand (the JDK's parser resolves names, which a detector must never do). Private, loopback
 * and documentation ranges do not point at a person's connection and are reported at LOW
 * confidence; version numbers ("version 1.2.3.4") are skipped.
 */
public final class IpAddressDetector implements TextDetector {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern V4 = Pattern.compile("(?<![\\w.])(" + OCTET + "(?:\\." + OCTET + "){3})(?![\\w]|\\.\\d)");
    private static final Pattern V6 = Pattern.compile("(?<![\\w:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\\w:])");
    private static final ContextWords CONTEXT = new ContextWords(List.of("ip", "ip address", "ipv4", "ipv6", "adresse ip", "dirección ip", "ip-adresse", "ip-адрес", "logged from", "client"), 30);
    private static final ContextWords VERSION = new ContextWords(List.of("version", "v.", "ver", "release", "build", "versión"), 15);

    @Override
    public FindingType type() {
        return FindingType.IP_ADDRESS;
    }

    @Override
    public boolean mayMatch(TextProfile p) {
        return p.windowDigits() >= 4;
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
            if (windows[w + 2] >= 4) {
                detectIn(text, lowerText, windows[w], windows[w + 1], out);
            }
        }
    }

    private void detectIn(String text, String lowerText, int from, int to, List<Detection> out) {
        // An IPv4 address holds three dots and an IPv6 address two colons inside the window (a
        // match cannot leave the region); counting them is far cheaper than trying the patterns.
        int dots = 0;
        int colons = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            }
        }
        if (dots >= 3 && text.length() >= 7) {
            Matcher m = V4.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (VERSION.near(lowerText, m.start(1), m.end(1), 0) != null) {
                    continue;
                }
                String[] octets = m.group(1).split("\\.");
                int a = Integer.parseInt(octets[0]);
                int b = Integer.parseInt(octets[1]);
                int c = Integer.parseInt(octets[2]);
                add(out, m.start(1), m.end(1), lowerText, "IPv4, four octets 0-255", reserved(a, b, c));
            }
        }
        if (colons >= 2) {
            Matcher m = V6.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                String v = m.group(1);
                if (validV6(v)) {
                    String lower = v.toLowerCase(java.util.Locale.ROOT);
                    boolean reserved = lower.startsWith("fe80") || lower.startsWith("fc") || lower.startsWith("fd")
                            || lower.startsWith("2001:db8") || lower.equals("::1") || lower.equals("::");
                    add(out, m.start(1), m.end(1), lowerText, "IPv6, eight groups or '::' compression", reserved);
                }
            }
        }
    }

    private void add(List<Detection> out, int start, int end, String lowerText, String why, boolean reserved) {
        if (reserved) {
            out.add(new Detection(type(), start, end, Confidence.LOW, why + "; private, loopback or documentation range"));
            return;
        }
        ContextWords.Match word = CONTEXT.near(lowerText, start, end, 20);
        out.add(new Detection(type(), start, end, word == null ? Confidence.MEDIUM : Confidence.HIGH,
                why + "; public range" + (word == null ? "" : "; " + word.describe())));
    }

    /** 10/8, 127/8, 0/8, 169.254/16, 172.16/12, 192.168/16, 100.64/10, documentation nets, multicast and above. */
    static boolean reserved(int a, int b, int c) {
        return a == 10 || a == 127 || a == 0 || a >= 224 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127) || (a == 192 && b == 0 && c == 2)
                || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113);
    }

    static boolean validV6(String v) {
        int compress = v.indexOf("::");
        if (compress >= 0 && v.indexOf("::", compress + 1) >= 0) {
            return false;
        }
        String[] groups = v.split(":", -1);
        int nonEmpty = 0;
        boolean letters = false;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                // empty groups only as part of "::" (at most two in a row at the ends)
                if (compress < 0) {
                    return false;
                }
                continue;
            }
            if (g.length() > 4) {
                return false;
            }
            nonEmpty++;
            for (int k = 0; k < g.length(); k++) {
                if (Character.isLetter(g.charAt(k))) {
                    letters = true;
                }
            }
        }
        if (compress < 0 && nonEmpty != 8) {
            return false;
        }
        if (compress >= 0 && nonEmpty > 7) {
            return false;
        }
        // Times (12:30:45) and ratios are digits and colons with few groups: an address with
        // compression needs a hex letter or at least four groups to be told apart from them.
        return compress < 0 || letters || nonEmpty >= 4 || v.equals("::1");
    }

    @Override
    public DetectorInfo info() {
        return new DetectorInfo(type().id(), type().category(), "IPv4 octets 0-255 / IPv6 groups checked; private, loopback and documentation ranges LOW",
                CONTEXT.words(), false, "MEDIUM; HIGH with context; LOW for reserved ranges");
    }
}
