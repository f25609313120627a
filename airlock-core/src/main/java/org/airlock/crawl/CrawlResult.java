package org.airlock.crawl;

import java.util.List;
import java.util.Map;
import org.airlock.assess.Verdict;
import org.airlock.scan.FileReport;

/**
 * What one crawl found.
 *
 * @param reports one report per URL inspected in this crawl (fetch failures included, as REVIEW)
 * @param unchanged URLs not inspected again because they did not change, with their last verdict
 * @param requests document requests sent (not counting robots.txt and sitemaps)
 * @param notModified answers 304 Not Modified: nothing downloaded
 * @param sameContent downloaded but with the same hash as last time: not inspected again
 * @param disallowed URLs robots.txt forbids, not fetched
 * @param outOfScope distinct links or redirects leaving the scope, not fetched
 * @param missing URLs answered with another status (404, 410...): nothing to inspect
 * @param notFetched URLs whose fetch failed (timeouts, too large, redirect loops): reported as REVIEW
 * @param leftInQueue URLs not visited because {@code --max-pages} was reached
 */
public record CrawlResult(List<FileReport> reports, Map<String, Verdict> unchanged, int requests, int notModified,
                          int sameContent, int disallowed, int outOfScope, int missing, int notFetched, int leftInQueue) {

    /** The most severe verdict over the inspected and the unchanged URLs; PASS for an empty crawl. */
    public Verdict worst() {
        Verdict worst = Verdict.PASS;
        for (FileReport report : reports) {
            worst = worst.max(report.verdict());
        }
        for (Verdict verdict : unchanged.values()) {
            worst = worst.max(verdict);
        }
        return worst;
    }

    /** A one-line summary for people (no URLs, no content). */
    public String summary() {
        return String.format("%d request(s): %d inspected, %d not modified (304, not downloaded), %d unchanged content,"
                        + " %d not fetched (REVIEW), %d disallowed by robots.txt, %d out of scope, %d missing, %d left (page limit)",
                requests, reports.size() - notFetched, notModified, sameContent, notFetched, disallowed, outOfScope, missing,
                leftInQueue);
    }
}
