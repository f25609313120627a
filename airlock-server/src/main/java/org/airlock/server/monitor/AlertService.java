package org.airlock.server.monitor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.airlock.assess.Verdict;
import org.airlock.crawl.CrawlState;
import org.airlock.detect.Category;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.security.CurrentUser;
import org.airlock.server.system.GateException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Opens an alert for each new exposure (a BLOCK or REVIEW verdict on content not alerted before),
 * takes the file down when that applies, then sends the alert; and lets people list and acknowledge
 * alerts. Everything is audited.
 */
@Service
public class AlertService {

    /** Places listed per alert at most; the rest are counted in the reasons. */
    private static final int MAX_PLACES = 50;

    private final AlertRepository alerts;
    private final Takedown takedown;
    private final AlertDispatcher dispatcher;
    private final AuditLog audit;

    public AlertService(AlertRepository alerts, Takedown takedown, AlertDispatcher dispatcher, AuditLog audit) {
        this.alerts = alerts;
        this.takedown = takedown;
        this.dispatcher = dispatcher;
        this.audit = audit;
    }

    /** The alert opened for this inspected document, or empty when it is no exposure or not new. */
    public Optional<Alert> openIfNew(Monitor monitor, FileReport report, CrawlState.Entry entry) {
        Verdict verdict = report.verdict();
        if (verdict == Verdict.PASS || entry == null || entry.sha256() == null) {
            return Optional.empty();
        }
        List<ExposedPlace> places = report.findings().stream().limit(MAX_PLACES).map(ExposedPlace::of).toList();
        List<String> categories = report.categories().stream().map(Category::name).sorted().toList();
        Alert draft = new Alert(0, monitor.id(), report.file(), entry.sha256(), verdict.name(), report.persons(), categories,
                report.reasons(), places, entry.firstSeen(), Instant.now().truncatedTo(ChronoUnit.MILLIS), Alert.Status.OPEN,
                null, null, Alert.Takedown.NOT_PUBLISHED_BY_AIRLOCK, null, null);
        Optional<Long> id = alerts.insertIfNew(draft);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Takedown.Outcome outcome = takedown.apply(monitor, id.get(), draft.url(), draft.verdict());
        alerts.setTakedown(id.get(), outcome.takedown(), outcome.detail(), outcome.submissionId());
        Alert alert = alerts.find(id.get()).orElseThrow();
        audit.record(Takedown.ACTOR, AuditAction.ALERT_OPENED, outcome.submissionId(), "alert " + alert.id() + " (monitor "
                + monitor.id() + "): " + alert.verdict() + ", " + alert.persons() + " person(s), "
                + String.join(",", alert.categories()) + " at " + alert.url() + "; takedown " + alert.takedown());
        dispatcher.dispatch(alert, monitor);
        return Optional.of(alert);
    }

    public List<Alert> list(Alert.Status status, Long monitorId, int limit) {
        return alerts.list(status, monitorId, Math.max(1, Math.min(limit, 1_000)));
    }

    public Alert get(long id) {
        return alerts.find(id).orElseThrow(() -> new GateException(HttpStatus.NOT_FOUND, "no alert " + id, null));
    }

    public List<AlertDelivery> deliveries(long id) {
        get(id);
        return alerts.deliveries(id);
    }

    public Alert acknowledge(long id, String note) {
        Alert alert = get(id);
        if (!alerts.acknowledge(id, CurrentUser.name())) {
            throw GateException.conflict("alert " + id + " is already " + alert.status(), null);
        }
        audit.record(CurrentUser.name(), AuditAction.ALERT_ACKNOWLEDGED, alert.submissionId(), "alert " + id + " at "
                + alert.url() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
        return get(id);
    }
}
