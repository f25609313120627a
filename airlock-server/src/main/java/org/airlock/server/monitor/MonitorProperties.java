package org.airlock.server.monitor;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitor's server-wide settings ({@code airlock.monitor.*}), documented in docs/monitor.md.
 * The SMTP server for e-mail alerts is Spring Boot's {@code spring.mail.*}.
 *
 * @param scheduling run monitors on their intervals (off: only runs asked for over the API)
 * @param tickMillis how often the scheduler looks for monitors that are due or overrunning
 * @param webhookAttempts tries per webhook alert at most
 * @param webhookBackoffMillis wait before the second try; doubled before each further one
 * @param webhookTimeoutSeconds time for a webhook receiver to connect and answer
 * @param mailFrom the sender of alert e-mails
 * @param syslogHostname the HOSTNAME field of syslog messages; empty means this machine's name
 */
@ConfigurationProperties("airlock.monitor")
public record MonitorProperties(
        @DefaultValue("true") boolean scheduling,
        @DefaultValue("1000") long tickMillis,
        @DefaultValue("5") int webhookAttempts,
        @DefaultValue("1000") long webhookBackoffMillis,
        @DefaultValue("10") int webhookTimeoutSeconds,
        @DefaultValue("airlock@localhost") String mailFrom,
        @DefaultValue("") String syslogHostname) {
}
