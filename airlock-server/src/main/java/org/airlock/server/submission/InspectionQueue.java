package org.airlock.server.submission;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.airlock.server.system.AirlockProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background inspection on a bounded pool. The database is the real queue: a submission waits in
 * RECEIVED until a worker claims it, so a full pool or a restart loses nothing. On start, work a
 * stopped server left in INSPECTING is reset to RECEIVED and resumed; a sweeper picks up whatever
 * the pool could not take.
 */
@Component
public class InspectionQueue implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionQueue.class);

    private final InspectionService inspection;
    private final SubmissionRepository submissions;
    private final ThreadPoolExecutor pool;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    public InspectionQueue(InspectionService inspection, SubmissionRepository submissions, AirlockProperties properties) {
        this.inspection = inspection;
        this.submissions = submissions;
        int workers = Math.max(1, properties.inspection().workers());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.inspection().queueCapacity())),
                r -> {
                    Thread t = new Thread(r, "airlock-inspect-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues a submission for inspection; if the pool is full the sweeper takes it later. */
    public void enqueue(long id) {
        if (!queued.add(id)) {
            return;
        }
        try {
            pool.execute(() -> {
                try {
                    inspection.inspect(id);
                } catch (RuntimeException e) {
                    LOG.error("inspection worker failed on submission {}: {}", id, e.getClass().getSimpleName());
                } finally {
                    queued.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(id);
        }
    }

    /** Resumes what a previous run left unfinished. */
    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        int reset = submissions.resetInterrupted();
        if (reset > 0) {
            LOG.info("resuming {} submission(s) interrupted mid-inspection", reset);
        }
        sweep();
    }

    /** Queues every submission still waiting in RECEIVED. */
    @Scheduled(fixedDelayString = "${airlock.inspection.sweep-millis:10000}", initialDelayString = "${airlock.inspection.sweep-millis:10000}")
    public void sweep() {
        submissions.idsInState(SubmissionState.RECEIVED).forEach(this::enqueue);
    }

    /** How many submissions are queued or being inspected in this process. */
    public int inFlight() {
        return queued.size();
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
