package org.airlock.server.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * POSTs an alert's JSON to a webhook. A failed try (no connection, timeout, a status other than
 * 2xx) is retried after a back-off that doubles each time, up to a bounded number of tries; the
 * outcome says how many were made and why the last one failed.
 */
@Component
public class WebhookSender {

    private final MonitorProperties properties;
    private final HttpClient client;

    public WebhookSender(MonitorProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(properties.webhookTimeoutSeconds()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public AlertDelivery send(long alertId, AlertChannel channel, String json) {
        int attempts = Math.max(1, properties.webhookAttempts());
        long backoff = properties.webhookBackoffMillis();
        String error = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            error = post(channel.target(), json, alertId);
            if (error == null) {
                return new AlertDelivery(alertId, channel.type(), channel.target(), AlertDelivery.Status.DELIVERED, attempt,
                        null, Instant.now());
            }
            if (attempt < attempts) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new AlertDelivery(alertId, channel.type(), channel.target(), AlertDelivery.Status.FAILED, attempt,
                            "interrupted while waiting to retry", Instant.now());
                }
                backoff *= 2;
            }
        }
        return new AlertDelivery(alertId, channel.type(), channel.target(), AlertDelivery.Status.FAILED, attempts, error,
                Instant.now());
    }

    /** One try; null when the receiver accepted it, else why not. */
    private String post(String url, String json, long alertId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(properties.webhookTimeoutSeconds()))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Airlock-Monitor")
                // Lets a receiver drop the duplicate when an answer was lost and the alert is sent again.
                .header("Idempotency-Key", "airlock-alert-" + alertId)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
