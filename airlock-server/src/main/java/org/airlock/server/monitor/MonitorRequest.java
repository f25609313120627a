package org.airlock.server.monitor;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airlock.server.system.GateException;

/**
 * A monitor as a client sends it; absent fields take the defaults documented in docs/monitor.md.
 */
public record MonitorRequest(String name, List<String> baseUrls, String scopePrefix, Integer maxPages, Integer maxDepth,
                             Long maxBytes, Long delayMillis, Integer timeoutSeconds, Integer runTimeoutSeconds,
                             Integer intervalSeconds, String publishedBaseUrl, Boolean takedown,
                             List<AlertChannel> channels, Boolean enabled) {

    /** Runs closer together than this would only re-ask for what did not change. */
    static final int MIN_INTERVAL_SECONDS = 5;

    /** The settings to store, checked, with defaults filled in. */
    Monitor toMonitor(long id, String createdBy, java.time.Instant createdAt, java.time.Instant now) {
        if (baseUrls == null || baseUrls.isEmpty()) {
            throw bad("baseUrls: give at least one http or https URL");
        }
        List<String> starts = new ArrayList<>();
        for (String url : baseUrls) {
            starts.add(httpUrl(url, "baseUrls"));
        }
        int pages = positive(maxPages, 1_000, "maxPages");
        int depth = positive(maxDepth, 10, "maxDepth");
        long bytes = maxBytes == null ? 100L * 1024 * 1024 : maxBytes;
        if (bytes < 1) {
            throw bad("maxBytes must be positive");
        }
        long delay = delayMillis == null ? 500 : delayMillis;
        if (delay < 0) {
            throw bad("delayMillis may not be negative");
        }
        int timeout = positive(timeoutSeconds, 30, "timeoutSeconds");
        int interval = positive(intervalSeconds, 300, "intervalSeconds");
        if (interval < MIN_INTERVAL_SECONDS) {
            throw bad("intervalSeconds must be at least " + MIN_INTERVAL_SECONDS);
        }
        int runTimeout = positive(runTimeoutSeconds, 600, "runTimeoutSeconds");
        List<AlertChannel> checked = new ArrayList<>();
        for (AlertChannel channel : channels == null ? List.<AlertChannel>of() : channels) {
            try {
                checked.add(channel.validated());
            } catch (IllegalArgumentException e) {
                throw bad("channels: " + e.getMessage());
            }
        }
        String scope = scopePrefix == null || scopePrefix.isBlank() ? null : httpUrl(scopePrefix, "scopePrefix");
        String published = publishedBaseUrl == null || publishedBaseUrl.isBlank() ? null
                : withSlash(httpUrl(publishedBaseUrl, "publishedBaseUrl"));
        String label = name == null || name.isBlank() ? URI.create(starts.get(0)).getHost() : name.strip();
        if (label.length() > 200) {
            throw bad("name is longer than 200 characters");
        }
        return new Monitor(id, label, List.copyOf(starts), scope, pages, depth, bytes, delay, timeout, runTimeout, interval,
                published, takedown == null || takedown, List.copyOf(checked), enabled == null || enabled,
                createdBy, createdAt, now);
    }

    private static String httpUrl(String value, String field) {
        try {
            URI uri = URI.create(value == null ? "" : value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // Reported below in the same words.
        }
        throw bad(field + ": not an http or https URL");
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static int positive(Integer value, int fallback, String field) {
        int v = value == null ? fallback : value;
        if (v < 1) {
            throw bad(field + " must be positive");
        }
        return v;
    }

    private static GateException bad(String message) {
        return GateException.badRequest(message, null);
    }
}
