package org.airlock.server.monitor;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitored sites: administrators and privacy officers manage them, auditors read them. */
@RestController
@RequestMapping("/api/v1/monitors")
public class MonitorController {

    private final MonitorService service;

    public MonitorController(MonitorService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'AUDITOR')")
    public List<Monitor> list() {
        return service.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
    public Monitor create(@RequestBody MonitorRequest request) {
        return service.create(request);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'AUDITOR')")
    public Monitor get(@PathVariable long id) {
        return service.get(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
    public Monitor update(@PathVariable long id, @RequestBody MonitorRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
    public void delete(@PathVariable long id) {
        service.delete(id);
    }

    /** Starts a run now, whatever the interval; 409 while one is going. */
    @PostMapping("/{id}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
    public Map<String, Long> runNow(@PathVariable long id) {
        return Map.of("run", service.runNow(id));
    }

    /** The latest runs, newest first: figures and faults. */
    @GetMapping("/{id}/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER', 'AUDITOR')")
    public List<MonitorRun> runs(@PathVariable long id, @RequestParam(defaultValue = "20") int limit) {
        return service.runs(id, limit);
    }
}
