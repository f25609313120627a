package org.airlock.server.monitor;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a monitor's alerts go.
 *
 * @param type how they are sent
 * @param target a webhook URL (http or https), an e-mail address, or a syslog {@code host:port} (UDP)
 */
public record AlertChannel(Type type, String target) {

    /** The kinds of channel. */
    public enum Type {
        /** A JSON POST, retried with exponential back-off. */
        WEBHOOK,
        /** A plain-text e-mail through the configured SMTP server. */
        EMAIL,
        /** One CEF line in an RFC 5424 syslog message over UDP, for a SIEM. */
        SYSLOG
    }

    // Deliberately simple: the SMTP server is the judge; this only catches typing mistakes.
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** Checks the target fits the type; the message says what is wrong without echoing secrets. */
    public AlertChannel validated() {
        if (type == null || target == null || target.isBlank()) {
            throw new IllegalArgumentException("an alert channel needs a type (WEBHOOK, EMAIL, SYSLOG) and a target");
        }
        switch (type) {
            case WEBHOOK -> {
                URI uri = parseUri(target);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new IllegalArgumentException("a webhook target must be an http or https URL");
                }
            }
            case EMAIL -> {
                if (!ADDRESS.matcher(target.strip()).matches()) {
                    throw new IllegalArgumentException("an e-mail target must be an address like soc@example.org");
                }
            }
            case SYSLOG -> syslogAddress();
        }
        return new AlertChannel(type, target.strip());
    }

    /** The host and port of a SYSLOG target. */
    public HostPort syslogAddress() {
        int colon = target.lastIndexOf(':');
        if (colon <= 0 || colon == target.length() - 1) {
            throw new IllegalArgumentException("a syslog target must be host:port, e.g. 127.0.0.1:514");
        }
        try {
            int port = Integer.parseInt(target.substring(colon + 1).strip());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return new HostPort(target.substring(0, colon).strip(), port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a syslog target's port must be a number from 1 to 65535");
        }
    }

    /** A syslog receiver's address. */
    public record HostPort(String host, int port) {
    }

    private static URI parseUri(String value) {
        try {
            return URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook target must be an http or https URL");
        }
    }
}
