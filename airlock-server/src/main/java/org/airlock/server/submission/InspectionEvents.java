package org.airlock.server.submission;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;

/**
 * Lets a request wait for a submission's inspection to finish instead of polling: a pipeline
 * asking {@code GET /api/v1/submissions/{id}?wait=30} gets its answer the moment the verdict is
 * stored. Polling every 200 ms cost 20 clients a quarter of a core in requests that only said
 * "still inspecting". In-process only, like the inspection queue; the database stays the truth,
 * and a missed signal costs at most the wait.
 */
@Component
public class InspectionEvents {

    /** Waiting requests each hold a server thread; beyond this many, requests answer at once. */
    static final int MAX_WAITING = 100;

    private final Map<Long, CompletableFuture<Void>> finished = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** Called once the submission's verdict is stored. */
    public void finished(long id) {
        CompletableFuture<Void> signal = finished.remove(id);
        if (signal != null) {
            signal.complete(null);
        }
    }

    /**
     * Waits until the submission is finished or the time is up. {@code pending} is checked after
     * registering, so a verdict stored between the caller's read and this call is not missed.
     */
    public void await(long id, Duration max, BooleanSupplier pending) throws InterruptedException {
        if (max.isZero() || max.isNegative()) {
            return;
        }
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return;
        }
        try {
            CompletableFuture<Void> signal = finished.computeIfAbsent(id, k -> new CompletableFuture<>());
            if (!pending.getAsBoolean()) {
                finished(id); // already finished: wake anyone else waiting, leave nothing behind
                return;
            }
            signal.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // time is up: the caller answers with the state as it is
        } finally {
            waiting.decrementAndGet();
        }
    }
}
