package org.airlock.server.monitor;

import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an alert as a plain-text e-mail through the SMTP server configured with Spring Boot's
 * {@code spring.mail.host} (and port, user, password). Without one, e-mail deliveries fail and say why.
 */
@Component
public class AlertMailer {

    private final ObjectProvider<JavaMailSender> mail;
    private final MonitorProperties properties;

    public AlertMailer(ObjectProvider<JavaMailSender> mail, MonitorProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    public AlertDelivery send(Alert alert, String monitorName, AlertChannel channel) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return failed(alert, channel, "no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(channel.target());
        message.setSubject(subject(alert));
        message.setText(body(alert, monitorName));
        try {
            sender.send(message);
            return new AlertDelivery(alert.id(), channel.type(), channel.target(), AlertDelivery.Status.DELIVERED, 1, null,
                    Instant.now());
        } catch (MailException e) {
            return failed(alert, channel, e.getClass().getSimpleName());
        }
    }

    static String subject(Alert alert) {
        return "[Airlock] " + alert.verdict() + ": personal data of " + alert.persons()
                + (alert.persons() == 1 ? " person" : " people") + " exposed at " + alert.url();
    }

    static String body(Alert alert, String monitorName) {
        StringBuilder text = new StringBuilder();
        text.append("Airlock's monitor '").append(monitorName).append("' found personal data on the public site.\n\n")
                .append("Alert:       ").append(alert.id()).append('\n')
                .append("URL:         ").append(alert.url()).append('\n')
                .append("Verdict:     ").append(alert.verdict()).append('\n')
                .append("Persons:     ").append(alert.persons()).append('\n')
                .append("Categories:  ").append(String.join(", ", alert.categories())).append('\n')
                .append("First seen:  ").append(alert.firstSeen()).append('\n')
                .append("Takedown:    ").append(alert.takedown()).append(alert.takedownDetail() == null ? ""
                        : " (" + alert.takedownDetail() + ")").append("\n\n")
                .append("What to do: ").append(alert.instructions()).append("\n\n");
        if (!alert.reasons().isEmpty()) {
            text.append("Why:\n");
            alert.reasons().forEach(r -> text.append("- ").append(r).append('\n'));
            text.append('\n');
        }
        text.append("No personal value is included in this message. Acknowledge the alert with\n")
                .append("POST /api/v1/alerts/").append(alert.id()).append("/acknowledge\n");
        return text.toString();
    }

    private static AlertDelivery failed(Alert alert, AlertChannel channel, String why) {
        return new AlertDelivery(alert.id(), channel.type(), channel.target(), AlertDelivery.Status.FAILED, 1, why, Instant.now());
    }
}
