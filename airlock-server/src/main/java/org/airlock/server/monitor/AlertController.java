package org.airlock.server.monitor;

import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monitor's alerts: listed by administrators, privacy officers and auditors; acknowledged by the first two. */
@RestController
@RequestMapping("/api/v1/alerts")
public class AlertController {

    private final AlertService alerts;
    private final MonitorService monitors;

    public AlertController(AlertService alerts, MonitorService monitors) {
        this.alerts = alerts;
        this.monitors = monitors;
    }

    /** An alert with how each channel's delivery went. */
    public record AlertDetail(AlertPayload alert, List<AlertDelivery> deliveries) {
    }

    /** Newest first; {@code status} (OPEN, ACKNOWLEDGED) and {@code monitor} filter. */
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'AUDITOR')")
    public List<AlertPayload> list(@RequestParam(required = false) Alert.Status status,
                                   @RequestParam(required = false) Long monitor,
                                   @RequestParam(defaultValue = "100") int limit) {
        return alerts.list(status, monitor, limit).stream().map(a -> AlertPayload.of(a, name(a.monitorId()))).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'AUDITOR')")
    public AlertDetail get(@PathVariable long id) {
        Alert alert = alerts.get(id);
        return new AlertDetail(AlertPayload.of(alert, name(alert.monitorId())), alerts.deliveries(id));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
    public AlertPayload acknowledge(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        Alert alert = alerts.acknowledge(id, body == null ? null : body.get("note"));
        return AlertPayload.of(alert, name(alert.monitorId()));
    }

    private String name(long monitorId) {
        try {
            return monitors.get(monitorId).name();
        } catch (RuntimeException e) {
            return "monitor " + monitorId;
        }
    }
}
