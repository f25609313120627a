package org.airlock.server.monitor;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Sends an alert's CEF line as one syslog datagram over UDP (RFC 5426). UDP has no answer to
 * retry on: a send that leaves the socket counts as delivered.
 */
@Component
public class SyslogSender {

    private final String hostname;
    private final String version;

    public SyslogSender(MonitorProperties properties) {
        this.hostname = properties.syslogHostname().isBlank() ? localHostname() : properties.syslogHostname();
        String implementation = SyslogSender.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "dev" : implementation;
    }

    public AlertDelivery send(Alert alert, String monitorName, AlertChannel channel) {
        try {
            AlertChannel.HostPort address = channel.syslogAddress();
            byte[] line = CefMessage.format(alert, monitorName, hostname, version, Instant.now()).getBytes(StandardCharsets.UTF_8);
            try (DatagramSocket socket = new DatagramSocket()) {
                socket.send(new DatagramPacket(line, line.length, InetAddress.getByName(address.host()), address.port()));
            }
            return new AlertDelivery(alert.id(), channel.type(), channel.target(), AlertDelivery.Status.DELIVERED, 1, null,
                    Instant.now());
        } catch (IOException | IllegalArgumentException e) {
            return new AlertDelivery(alert.id(), channel.type(), channel.target(), AlertDelivery.Status.FAILED, 1,
                    e.getClass().getSimpleName(), Instant.now());
        }
    }

    private static String localHostname() {
        try {
            // RFC 5424 HOSTNAME: printable ASCII without spaces.
            return InetAddress.getLocalHost().getHostName().replaceAll("[^\\x21-\\x7e]", "");
        } catch (IOException e) {
            return "-";
        }
    }
}
