package org.airlock.server.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Waiting for a verdict: woken by the signal, not fooled by a verdict that came first, bounded. */
class InspectionEventsTest {

    private final InspectionEvents events = new InspectionEvents();

    @Test
    void aWaitingRequestIsWokenWhenTheInspectionFinishes() throws Exception {
        AtomicBoolean pending = new AtomicBoolean(true);
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                events.await(7, Duration.ofMinutes(5), pending::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // The waiter is parked on the signal (five minutes) until the inspection reports.
        Thread.sleep(200);
        assertThat(waiter).isNotDone();
        pending.set(false);
        events.finished(7);
        waiter.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aVerdictStoredBeforeTheWaitBeganIsNotWaitedFor() throws Exception {
        long start = System.nanoTime();
        events.await(8, Duration.ofMinutes(5), () -> false);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aLateWaiterThatFindsTheVerdictWakesAnEarlierOne() throws Exception {
        AtomicBoolean pending = new AtomicBoolean(true);
        CompletableFuture<Void> early = CompletableFuture.runAsync(() -> {
            try {
                events.await(10, Duration.ofMinutes(5), pending::get);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        // The verdict is stored; before the inspection's own signal, a second request sees it.
        pending.set(false);
        events.await(10, Duration.ofMinutes(5), pending::get);
        early.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theWaitEndsWhenTheTimeIsUp() throws Exception {
        long start = System.nanoTime();
        events.await(9, Duration.ofMillis(300), () -> true);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
}
