package org.airlock.server.monitor;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.airlock.crawl.CrawlResult;
import org.airlock.crawl.CrawlSettings;
import org.airlock.crawl.CrawlState;
import org.airlock.crawl.Crawler;
import org.airlock.extract.FailureKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run of a monitor: the core crawler with the monitor's limits and its stored state (so
 * unchanged documents are asked for conditionally and not downloaded again), an alert as soon as
 * a document is found exposed, the state saved as the crawl goes (a restart resumes), and the
 * run's figures and faults recorded.
 */
@Component
public class MonitorRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorRunner.class);
    /** Documents between two saves of the crawl state. */
    private static final int SAVE_EVERY = 25;
    /** Faults listed in a run's detail at most. */
    private static final int MAX_FAULTS = 50;

    private final MonitorRepository monitors;
    private final AlertService alerts;
    private final Inspector inspector;
    private final String userAgent;

    public MonitorRunner(MonitorRepository monitors, AlertService alerts, Inspector inspector) {
        this.monitors = monitors;
        this.alerts = alerts;
        this.inspector = inspector;
        String version = MonitorRunner.class.getPackage().getImplementationVersion();
        this.userAgent = CrawlSettings.userAgent(version == null ? "dev" : version);
    }

    static CrawlSettings settings(Monitor m, String userAgent) {
        Duration timeout = Duration.ofSeconds(m.timeoutSeconds());
        return new CrawlSettings(m.scopePrefix(), m.maxPages(), m.maxDepth(), m.maxBytes(), Duration.ofMillis(m.delayMillis()),
                timeout, timeout, 5, userAgent);
    }

    void run(Monitor monitor, RunningCrawl handle) {
        CrawlState state = monitors.state(monitor.id());
        Crawler crawler = new Crawler(inspector, settings(monitor, userAgent), state);
        handle.attach(crawler);
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        List<URI> starts = monitor.baseUrls().stream().map(URI::create).toList();
        try {
            CrawlResult result = crawler.crawl(starts, () -> {
                if (documents.incrementAndGet() % SAVE_EVERY == 0 && !handle.abandoned()) {
                    monitors.saveState(monitor.id(), state);
                }
            }, report -> {
                try {
                    alerts.openIfNew(monitor, report, state.get(report.file())).ifPresent(a -> opened.incrementAndGet());
                } catch (RuntimeException e) {
                    // The state keeps the verdict but no alert exists: say so loudly; the crawl goes on.
                    LOG.error("monitor {}: could not open an alert: {}", monitor.id(), e.toString());
                }
            });
            if (handle.abandoned()) {
                return;
            }
            monitors.saveState(monitor.id(), state);
            monitors.finishRun(new MonitorRun(handle.runId, monitor.id(), handle.started, Instant.now(), MonitorRun.Outcome.DONE,
                    result.requests(), result.reports().size() - result.notFetched(), result.notModified(),
                    result.sameContent(), result.notFetched(), opened.get(), detail(result)));
        } catch (Exception e) {
            LOG.warn("monitor {}: run {} failed: {}", monitor.id(), handle.runId, e.toString());
            if (!handle.abandoned()) {
                monitors.finishRun(new MonitorRun(handle.runId, monitor.id(), handle.started, Instant.now(),
                        MonitorRun.Outcome.FAILED, 0, 0, 0, 0, 0, opened.get(), "crawl failed: " + e.getClass().getSimpleName()));
            }
        }
    }

    /** The summary and each fault: the URL and why it was not fetched. */
    static String detail(CrawlResult result) {
        StringBuilder text = new StringBuilder(result.summary());
        int listed = 0;
        for (FileReport report : result.reports()) {
            for (InspectionFailure failure : report.notInspected()) {
                if (failure.kind() == FailureKind.NOT_FETCHED && listed++ < MAX_FAULTS) {
                    text.append('\n').append(report.file()).append(": ").append(failure.detail());
                }
            }
        }
        if (listed > MAX_FAULTS) {
            text.append('\n').append(listed - MAX_FAULTS).append(" more fault(s)");
        }
        return text.toString();
    }
}
