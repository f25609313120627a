package org.airlock.server.monitor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An alert as one syslog message (RFC 5424 header, no structured data) whose text is a CEF event
 * (ArcSight Common Event Format, version 0), the line SIEMs parse. Written by hand: it is a dozen
 * fields with two escaping rules, and no maintained Java library does just this.
 */
public final class CefMessage {

    /** Facility 13, "log audit". */
    private static final int FACILITY = 13;
    /** RFC 5426 receivers must take 480 bytes and should take 2048; the URL is shortened to fit. */
    private static final int MAX_BYTES = 2048;

    private CefMessage() {
    }

    /**
     * {@code <106>1 2026-11-22T05:01:02.345Z host airlock - exposure - CEF:0|Airlock|Airlock Monitor|...}
     */
    public static String format(Alert alert, String monitorName, String hostname, String version, Instant at) {
        boolean block = "BLOCK".equals(alert.verdict());
        int syslogSeverity = block ? 2 : 4; // critical, warning
        int cefSeverity = block ? 9 : 5;
        String url = alert.url();
        String message = null;
        for (int room = url.length(); message == null || message.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES; room /= 2) {
            String shown = room >= url.length() ? url : url.substring(0, Math.max(0, room)) + "…";
            message = "<" + (FACILITY * 8 + syslogSeverity) + ">1 " + at.truncatedTo(ChronoUnit.MILLIS) + " "
                    + (hostname == null || hostname.isBlank() ? "-" : hostname) + " airlock - exposure - "
                    + "CEF:0|Airlock|Airlock Monitor|" + header(version) + "|exposure-" + alert.verdict()
                    + "|Personal data exposed on a monitored site|" + cefSeverity + "|"
                    + "rt=" + alert.firstSeen().toEpochMilli()
                    + " externalId=" + alert.id()
                    + " request=" + extension(shown)
                    + " cnt=" + alert.persons()
                    + " act=" + extension(alert.takedown().name())
                    + " cs1Label=verdict cs1=" + extension(alert.verdict())
                    + " cs2Label=categories cs2=" + extension(String.join(",", alert.categories()))
                    + " cs3Label=monitor cs3=" + extension(monitorName)
                    + " cs4Label=sha256 cs4=" + alert.sha256();
            if (room == 0) {
                break;
            }
        }
        return message;
    }

    /** Header fields escape backslash and pipe. */
    static String header(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]", " ");
    }

    /** Extension values escape backslash and equals sign, and write line breaks as \n. */
    static String extension(String value) {
        return value.replace("\\", "\\\\").replace("=", "\\=").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }
}
