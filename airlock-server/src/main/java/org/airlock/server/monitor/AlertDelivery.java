package org.airlock.server.monitor;

import java.time.Instant;

/**
 * The outcome of sending one alert through one channel.
 *
 * @param attempts tries made (webhooks are retried with back-off)
 * @param lastError why the last try failed, or null; never the alert's content
 */
public record AlertDelivery(long alertId, AlertChannel.Type channel, String target, Status status, int attempts,
                            String lastError, Instant finishedAt) {

    /** Delivered, or given up on after the last attempt. */
    public enum Status {
        DELIVERED,
        FAILED
    }
}
