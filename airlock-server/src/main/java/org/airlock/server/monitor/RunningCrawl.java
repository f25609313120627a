package org.airlock.server.monitor;

import java.time.Instant;
import org.airlock.crawl.Crawler;

/**
 * A run in progress, as the scheduler's watchdog sees it: when it must end, and how to stop it.
 * Stopping is cooperative (the crawler ends after its current, time-bounded request); an
 * abandoned run records nothing more, because its TIMED_OUT outcome is already written.
 */
final class RunningCrawl {

    final long runId;
    final long monitorId;
    final Instant started;
    final Instant deadline;
    private volatile Crawler crawler;
    private volatile boolean abandoned;

    RunningCrawl(long runId, long monitorId, Instant started, Instant deadline) {
        this.runId = runId;
        this.monitorId = monitorId;
        this.started = started;
        this.deadline = deadline;
    }

    void attach(Crawler running) {
        crawler = running;
        if (abandoned) {
            running.stop();
        }
    }

    void abandon() {
        abandoned = true;
        Crawler running = crawler;
        if (running != null) {
            running.stop();
        }
    }

    boolean abandoned() {
        return abandoned;
    }
}
