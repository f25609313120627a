package org.airlock.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries against a real receiver on 127.0.0.1 that fails a given number of times. */
class WebhookSenderTest {

    private static final MonitorProperties PROPERTIES = new MonitorProperties(true, 1000, 4, 100, 2, "airlock@localhost", "");

    @Test
    void retriesWithDoublingBackOffUntilAccepted() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(2)) {
            AlertDelivery d = new WebhookSender(PROPERTIES).send(9, new AlertChannel(AlertChannel.Type.WEBHOOK, receiver.url()), "{\"a\":1}");
            assertThat(d.status()).isEqualTo(AlertDelivery.Status.DELIVERED);
            assertThat(d.attempts()).isEqualTo(3);
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got).extracting(WebhookReceiver.Received::status).containsExactly(500, 500, 204);
            assertThat(got).allSatisfy(r -> {
                assertThat(r.body()).isEqualTo("{\"a\":1}");
                assertThat(r.idempotencyKey()).isEqualTo("airlock-alert-9");
            });
            // 100 ms, then 200 ms.
            assertThat((got.get(1).nanos() - got.get(0).nanos()) / 1_000_000).isGreaterThanOrEqualTo(100);
            assertThat((got.get(2).nanos() - got.get(1).nanos()) / 1_000_000).isGreaterThanOrEqualTo(200);
        }
    }

    @Test
    void givesUpAfterTheLastAttemptAndSaysWhy() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(100)) {
            AlertDelivery d = new WebhookSender(PROPERTIES).send(3, new AlertChannel(AlertChannel.Type.WEBHOOK, receiver.url()), "{}");
            assertThat(d.status()).isEqualTo(AlertDelivery.Status.FAILED);
            assertThat(d.attempts()).isEqualTo(4);
            assertThat(d.lastError()).isEqualTo("HTTP 500");
            assertThat(receiver.received()).hasSize(4);
        }
    }
}
