package org.airlock.server.monitor;

import java.time.Instant;
import java.util.List;

/**
 * A monitored site as stored.
 *
 * @param baseUrls the start URLs; their hosts are the scope unless {@code scopePrefix} is set
 * @param timeoutSeconds per request: to connect, for the headers, and again for the whole body
 * @param runTimeoutSeconds a run still going after this is interrupted, so the next one can start
 * @param intervalSeconds time from the start of one run to the start of the next
 * @param publishedBaseUrl the site URL at which the publishing connector's web root is served
 *     (e.g. {@code https://www.agency.example/}); exposed URLs below it can be taken down
 * @param takedown withdraw an exposed file published through the connector when its verdict is BLOCK
 */
public record Monitor(long id, String name, List<String> baseUrls, String scopePrefix, int maxPages, int maxDepth,
                      long maxBytes, long delayMillis, int timeoutSeconds, int runTimeoutSeconds, int intervalSeconds,
                      String publishedBaseUrl, boolean takedown, List<AlertChannel> channels, boolean enabled,
                      String createdBy, Instant createdAt, Instant updatedAt) {
}
