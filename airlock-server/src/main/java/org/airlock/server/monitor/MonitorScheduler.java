package org.airlock.server.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.airlock.server.system.GateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts each enabled monitor's run when its interval has passed since the last start, each on its
 * own virtual thread, at most one run per monitor at a time; and, as a watchdog, stops a run that
 * outlives its run timeout and records it as TIMED_OUT at once, so the next run is never blocked.
 */
@Component
public class MonitorScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorScheduler.class);

    private final MonitorRepository monitors;
    private final MonitorRunner runner;
    private final MonitorProperties properties;
    private final Map<Long, RunningCrawl> running = new ConcurrentHashMap<>();
    private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean ready;
    private volatile boolean lastTickFailed;

    public MonitorScheduler(MonitorRepository monitors, MonitorRunner runner, MonitorProperties properties) {
        this.monitors = monitors;
        this.runner = runner;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        int closed = monitors.closeInterrupted();
        if (closed > 0) {
            LOG.info("{} monitor run(s) interrupted by the last stop marked FAILED; the state resumes them", closed);
        }
        ready = true;
    }

    @Scheduled(fixedDelayString = "${airlock.monitor.tick-millis:1000}")
    void tick() {
        if (!ready) {
            return;
        }
        try {
            checkRuns();
            if (lastTickFailed) {
                LOG.info("monitor scheduler: working again");
                lastTickFailed = false;
            }
        } catch (RuntimeException e) {
            // A database that is away (restarting, a failover) must not flood the log once a second.
            if (!lastTickFailed) {
                LOG.warn("monitor scheduler: cannot check the monitors ({}); retrying every tick", e.toString());
                lastTickFailed = true;
            }
        }
    }

    private void checkRuns() {
        Instant now = Instant.now();
        for (RunningCrawl run : running.values()) {
            if (now.isAfter(run.deadline)) {
                timeOut(run, now);
            }
        }
        if (!properties.scheduling()) {
            return;
        }
        for (Monitor monitor : monitors.all()) {
            if (monitor.enabled() && !running.containsKey(monitor.id()) && due(monitor, now)) {
                start(monitor);
            }
        }
    }

    private boolean due(Monitor monitor, Instant now) {
        Optional<Instant> last = monitors.lastStart(monitor.id());
        return last.isEmpty() || !now.isBefore(last.get().plusSeconds(monitor.intervalSeconds()));
    }

    /** Starts a run now (the API's "run now"); refused while one is going. */
    public long runNow(long monitorId) {
        Monitor monitor = monitors.find(monitorId).orElseThrow(() -> MonitorService.notFound(monitorId));
        if (running.containsKey(monitorId)) {
            throw GateException.conflict("monitor " + monitorId + " is running", null);
        }
        return start(monitor);
    }

    public boolean isRunning(long monitorId) {
        return running.containsKey(monitorId);
    }

    private synchronized long start(Monitor monitor) {
        if (running.containsKey(monitor.id())) {
            return running.get(monitor.id()).runId;
        }
        Instant started = Instant.now();
        long runId = monitors.startRun(monitor.id(), started);
        RunningCrawl handle = new RunningCrawl(runId, monitor.id(), started, started.plusSeconds(monitor.runTimeoutSeconds()));
        running.put(monitor.id(), handle);
        runs.submit(() -> {
            try {
                runner.run(monitor, handle);
            } finally {
                running.remove(monitor.id(), handle);
            }
        });
        return runId;
    }

    private void timeOut(RunningCrawl run, Instant now) {
        run.abandon();
        running.remove(run.monitorId, run);
        monitors.finishRun(new MonitorRun(run.runId, run.monitorId, run.started, now, MonitorRun.Outcome.TIMED_OUT, 0, 0, 0, 0,
                0, 0, "still running after " + Duration.between(run.started, run.deadline).toSeconds()
                        + " s (runTimeoutSeconds): stopped after its current request; the next run starts on time"));
        LOG.warn("monitor {}: run {} timed out and was stopped", run.monitorId, run.runId);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        ready = false;
        running.values().forEach(RunningCrawl::abandon);
        runs.shutdown();
        try {
            runs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
