package org.airlock.server.monitor;

import java.time.Instant;

/**
 * One crawl of a monitored site: what it asked, what it inspected, what it could not fetch (the
 * faults: hanging servers, redirect loops, oversized or broken answers) and how many alerts it opened.
 *
 * @param detail the summary line and one line per fault (URL and reason); no document content
 */
public record MonitorRun(long id, long monitorId, Instant startedAt, Instant finishedAt, Outcome outcome, int requests,
                         int inspected, int notModified, int sameContent, int notFetched, int alertsOpened, String detail) {

    /** How a run ended. */
    public enum Outcome {
        RUNNING,
        DONE,
        /** The crawl threw: the site could not be crawled at all. */
        FAILED,
        /** Still running after the monitor's run timeout: interrupted so the next run can start. */
        TIMED_OUT
    }
}
