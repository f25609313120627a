/**
 * Crawls a public website and inspects every document it serves: start URLs, sitemaps (via
 * crawler-commons) and HTML links (via jsoup) within a scope, obeying robots.txt, bounded by pages,
 * depth, bytes, time and a per-host rate, with incremental state for conditional re-crawls.
 */
package org.airlock.crawl;
