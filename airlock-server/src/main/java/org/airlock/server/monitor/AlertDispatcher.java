package org.airlock.server.monitor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a new alert through each of its monitor's channels, each on its own virtual thread, so a
 * slow or failing receiver (a webhook being retried) delays neither the crawl nor the other
 * channels. Every outcome is recorded; failures are audited too.
 */
@Component
public class AlertDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final WebhookSender webhooks;
    private final AlertMailer mail;
    private final SyslogSender syslog;
    private final AlertRepository alerts;
    private final AuditLog audit;
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();

    public AlertDispatcher(WebhookSender webhooks, AlertMailer mail, SyslogSender syslog, AlertRepository alerts, AuditLog audit) {
        this.webhooks = webhooks;
        this.mail = mail;
        this.syslog = syslog;
        this.alerts = alerts;
        this.audit = audit;
    }

    public void dispatch(Alert alert, Monitor monitor) {
        String json = AlertPayload.of(alert, monitor.name()).json();
        for (AlertChannel channel : monitor.channels()) {
            deliveries.submit(() -> {
                AlertDelivery outcome = switch (channel.type()) {
                    case WEBHOOK -> webhooks.send(alert.id(), channel, json);
                    case EMAIL -> mail.send(alert, monitor.name(), channel);
                    case SYSLOG -> syslog.send(alert, monitor.name(), channel);
                };
                record(outcome);
            });
        }
    }

    private void record(AlertDelivery outcome) {
        try {
            alerts.addDelivery(outcome);
            if (outcome.status() == AlertDelivery.Status.FAILED) {
                audit.refused(Takedown.ACTOR, AuditAction.ALERT_DELIVERY_FAILED, null, "alert " + outcome.alertId() + " by "
                        + outcome.channel() + " to " + outcome.target() + ": " + outcome.lastError() + " after "
                        + outcome.attempts() + " attempt(s)");
                LOG.warn("alert {} not delivered by {} after {} attempt(s): {}", outcome.alertId(), outcome.channel(),
                        outcome.attempts(), outcome.lastError());
            }
        } catch (RuntimeException e) {
            // The server may be shutting down; the delivery itself is done or failed either way.
            LOG.warn("could not record the delivery of alert {}: {}", outcome.alertId(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        deliveries.shutdownNow();
    }
}
