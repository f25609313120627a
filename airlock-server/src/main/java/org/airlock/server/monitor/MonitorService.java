package org.airlock.server.monitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.system.GateException;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Adds, changes and removes monitored sites; every change is audited. */
@Service
public class MonitorService {

    private final MonitorRepository monitors;
    private final MonitorScheduler scheduler;
    private final AuditLog audit;

    public MonitorService(MonitorRepository monitors, @Lazy MonitorScheduler scheduler, AuditLog audit) {
        this.monitors = monitors;
        this.scheduler = scheduler;
        this.audit = audit;
    }

    static GateException notFound(long id) {
        return new GateException(HttpStatus.NOT_FOUND, "no monitor " + id, null);
    }

    public Monitor create(MonitorRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Monitor draft = request.toMonitor(0, CurrentUser.name(), now, now);
        long id = monitors.create(draft);
        audit.record(CurrentUser.name(), AuditAction.MONITOR_CONFIGURED, null, "monitor " + id + " added: " + describe(draft));
        return get(id);
    }

    public Monitor update(long id, MonitorRequest request) {
        Monitor old = get(id);
        Monitor changed = request.toMonitor(id, old.createdBy(), old.createdAt(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        monitors.update(changed);
        audit.record(CurrentUser.name(), AuditAction.MONITOR_CONFIGURED, null, "monitor " + id + " changed: " + describe(changed));
        return get(id);
    }

    public void delete(long id) {
        Monitor old = get(id);
        if (scheduler.isRunning(id)) {
            throw GateException.conflict("monitor " + id + " is running; disable it, then delete it after the run", null);
        }
        monitors.delete(id);
        audit.record(CurrentUser.name(), AuditAction.MONITOR_CONFIGURED, null, "monitor " + id + " removed: " + describe(old));
    }

    public Monitor get(long id) {
        return monitors.find(id).orElseThrow(() -> notFound(id));
    }

    public List<Monitor> all() {
        return monitors.all();
    }

    public List<MonitorRun> runs(long id, int limit) {
        get(id);
        return monitors.runs(id, Math.max(1, Math.min(limit, 500)));
    }

    public long runNow(long id) {
        long run = scheduler.runNow(id);
        audit.record(CurrentUser.name(), AuditAction.MONITOR_CONFIGURED, null, "monitor " + id + ": run " + run + " started by hand");
        return run;
    }

    private static String describe(Monitor m) {
        return "'" + m.name() + "' " + String.join(" ", m.baseUrls()) + " every " + m.intervalSeconds() + " s, "
                + m.channels().size() + " channel(s), takedown " + (m.takedown() ? "on" : "off")
                + (m.enabled() ? "" : ", disabled");
    }
}
