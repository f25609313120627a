package org.airlock.server.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Alerts and their deliveries. An alert is unique per monitor, URL and content hash. */
@Repository
public class AlertRepository {

    private static final String ALERT = "select id, monitor_id, url, sha256, verdict, persons, categories, findings_json, "
            + "url_first_seen, first_seen, status, acknowledged_by, acknowledged_at, takedown, takedown_detail, submission_id "
            + "from monitor_alert";

    /** Reasons and places as stored in {@code findings_json}. */
    record Findings(List<String> reasons, List<ExposedPlace> places) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the alert unless one exists for the same monitor, URL and hash; the new id, or empty. */
    public Optional<Long> insertIfNew(Alert a) {
        if (exists(a.monitorId(), a.url(), a.sha256())) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into monitor_alert (monitor_id, url, sha256, verdict, persons, categories, findings_json, "
                            + "url_first_seen, first_seen, status, takedown, takedown_detail, submission_id) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(a.monitorId(), a.url(), a.sha256(), a.verdict(), a.persons(), String.join(",", a.categories()),
                            write(new Findings(a.reasons(), a.places())), a.urlFirstSeen(), MonitorRepository.utc(a.firstSeen()),
                            a.status().name(), a.takedown().name(), a.takedownDetail(), a.submissionId())
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty(); // opened meanwhile by a run of the same monitor
        }
        return Optional.of(key.getKey().longValue());
    }

    public boolean exists(long monitorId, String url, String sha256) {
        return jdbc.sql("select count(*) from monitor_alert where monitor_id = ? and url = ? and sha256 = ?")
                .params(monitorId, url, sha256).query(Long.class).single() > 0;
    }

    public void setTakedown(long id, Alert.Takedown takedown, String detail, Long submissionId) {
        jdbc.sql("update monitor_alert set takedown = ?, takedown_detail = ?, submission_id = ? where id = ?")
                .params(takedown.name(), detail, submissionId, id).update();
    }

    public boolean acknowledge(long id, String by) {
        return jdbc.sql("update monitor_alert set status = ?, acknowledged_by = ?, acknowledged_at = ? where id = ? and status = ?")
                .params(Alert.Status.ACKNOWLEDGED.name(), by, MonitorRepository.utc(Instant.now()), id, Alert.Status.OPEN.name())
                .update() == 1;
    }

    public Optional<Alert> find(long id) {
        return jdbc.sql(ALERT + " where id = ?").param(id).query(this::alert).optional();
    }

    /** Newest first; status and monitor are optional filters. */
    public List<Alert> list(Alert.Status status, Long monitorId, int limit) {
        StringBuilder sql = new StringBuilder(ALERT + " where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        if (monitorId != null) {
            sql.append(" and monitor_id = ?");
            params.add(monitorId);
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(this::alert).list();
    }

    public void addDelivery(AlertDelivery d) {
        jdbc.sql("insert into alert_delivery (alert_id, channel, target, status, attempts, last_error, finished_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(d.alertId(), d.channel().name(), d.target(), d.status().name(), d.attempts(), d.lastError(),
                        MonitorRepository.utc(d.finishedAt()))
                .update();
    }

    public List<AlertDelivery> deliveries(long alertId) {
        return jdbc.sql("select alert_id, channel, target, status, attempts, last_error, finished_at from alert_delivery "
                        + "where alert_id = ? order by id")
                .param(alertId)
                .query((rs, row) -> new AlertDelivery(rs.getLong("alert_id"), AlertChannel.Type.valueOf(rs.getString("channel")),
                        rs.getString("target"), AlertDelivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getObject("finished_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private Alert alert(ResultSet rs, int row) throws SQLException {
        Findings findings;
        try {
            findings = json.readValue(rs.getString("findings_json"), Findings.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable findings of alert " + rs.getLong("id"), e);
        }
        long submission = rs.getLong("submission_id");
        Long submissionId = rs.wasNull() ? null : submission;
        OffsetDateTime acknowledged = rs.getObject("acknowledged_at", OffsetDateTime.class);
        String categories = rs.getString("categories");
        return new Alert(rs.getLong("id"), rs.getLong("monitor_id"), rs.getString("url"), rs.getString("sha256"),
                rs.getString("verdict"), rs.getLong("persons"),
                categories.isEmpty() ? List.of() : Arrays.asList(categories.split(",")), findings.reasons(), findings.places(),
                rs.getString("url_first_seen"), rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                Alert.Status.valueOf(rs.getString("status")), rs.getString("acknowledged_by"),
                acknowledged == null ? null : acknowledged.toInstant(), Alert.Takedown.valueOf(rs.getString("takedown")),
                rs.getString("takedown_detail"), submissionId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
