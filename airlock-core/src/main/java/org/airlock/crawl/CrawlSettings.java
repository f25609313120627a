package org.airlock.crawl;

import java.time.Duration;

/**
 * The limits and identity of a crawl.
 *
 * @param scopePrefix URLs must start with this prefix to be fetched; {@code null} means the hosts of the start URLs
 * @param maxPages documents fetched at most (not-modified answers count too)
 * @param maxDepth link hops from a start URL or sitemap at most
 * @param maxBytes bytes read per document at most; longer documents are stopped and reported as not inspected
 * @param delay time between two requests to the same host
 * @param connectTimeout time to connect
 * @param readTimeout time for the answer's headers and, separately, for its whole body
 * @param maxRedirects redirects followed per URL
 * @param userAgent the honest User-Agent sent and matched against robots.txt
 */
public record CrawlSettings(String scopePrefix, int maxPages, int maxDepth, long maxBytes, Duration delay,
                            Duration connectTimeout, Duration readTimeout, int maxRedirects, String userAgent) {

    /** The agent name robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "Airlock";

    public static String userAgent(String version) {
        return ROBOT_NAME + "/" + version + " (+docs/crawl.md)";
    }

    public static CrawlSettings defaults(String version) {
        return new CrawlSettings(null, 1_000, 10, 100L * 1024 * 1024, Duration.ofMillis(500),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5, userAgent(version));
    }
}
