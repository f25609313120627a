package org.airlock.server.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airlock.crawl.CrawlState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Monitors, their crawl state and their runs, in SQL portable between H2 and PostgreSQL. */
@Repository
public class MonitorRepository {

    private static final String MONITOR = "select id, name, base_urls, scope_prefix, max_pages, max_depth, max_bytes, "
            + "delay_millis, timeout_seconds, run_timeout_seconds, interval_seconds, published_base_url, takedown, "
            + "channels_json, enabled, created_by, created_at, updated_at from monitor";
    private static final String RUN = "select id, monitor_id, started_at, finished_at, outcome, requests, inspected, "
            + "not_modified, same_content, not_fetched, alerts_opened, detail from monitor_run";
    private static final TypeReference<List<AlertChannel>> CHANNELS = new TypeReference<>() { };
    private static final TypeReference<Map<String, CrawlState.Entry>> ENTRIES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public MonitorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(Monitor m) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into monitor (name, base_urls, scope_prefix, max_pages, max_depth, max_bytes, delay_millis, "
                        + "timeout_seconds, run_timeout_seconds, interval_seconds, published_base_url, takedown, channels_json, "
                        + "enabled, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.name(), String.join("\n", m.baseUrls()), m.scopePrefix(), m.maxPages(), m.maxDepth(), m.maxBytes(),
                        m.delayMillis(), m.timeoutSeconds(), m.runTimeoutSeconds(), m.intervalSeconds(), m.publishedBaseUrl(),
                        m.takedown(), write(m.channels()), m.enabled(), m.createdBy(), utc(m.createdAt()), utc(m.updatedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean update(Monitor m) {
        return jdbc.sql("update monitor set name = ?, base_urls = ?, scope_prefix = ?, max_pages = ?, max_depth = ?, "
                        + "max_bytes = ?, delay_millis = ?, timeout_seconds = ?, run_timeout_seconds = ?, interval_seconds = ?, "
                        + "published_base_url = ?, takedown = ?, channels_json = ?, enabled = ?, updated_at = ? where id = ?")
                .params(m.name(), String.join("\n", m.baseUrls()), m.scopePrefix(), m.maxPages(), m.maxDepth(), m.maxBytes(),
                        m.delayMillis(), m.timeoutSeconds(), m.runTimeoutSeconds(), m.intervalSeconds(), m.publishedBaseUrl(),
                        m.takedown(), write(m.channels()), m.enabled(), utc(m.updatedAt()), m.id())
                .update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from monitor where id = ?").param(id).update() == 1;
    }

    public Optional<Monitor> find(long id) {
        return jdbc.sql(MONITOR + " where id = ?").param(id).query(this::monitor).optional();
    }

    public List<Monitor> all() {
        return jdbc.sql(MONITOR + " order by id").query(this::monitor).list();
    }

    /** The crawl state of the monitor's last run, empty before the first. */
    public CrawlState state(long monitorId) {
        Optional<String> stored = jdbc.sql("select state_json from monitor_state where monitor_id = ?").param(monitorId)
                .query(String.class).optional();
        if (stored.isEmpty()) {
            return CrawlState.empty();
        }
        try {
            return CrawlState.of(json.readValue(stored.get(), ENTRIES));
        } catch (JsonProcessingException e) {
            // A state that cannot be read only costs a full re-crawl.
            return CrawlState.empty();
        }
    }

    public void saveState(long monitorId, CrawlState state) {
        String text = write(state.entries());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("update monitor_state set state_json = ?, saved_at = ? where monitor_id = ?")
                .params(text, now, monitorId).update() == 0) {
            jdbc.sql("insert into monitor_state (monitor_id, state_json, saved_at) values (?, ?, ?)")
                    .params(monitorId, text, now).update();
        }
    }

    public long startRun(long monitorId, Instant started) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into monitor_run (monitor_id, started_at, outcome) values (?, ?, ?)")
                .params(monitorId, utc(started), MonitorRun.Outcome.RUNNING.name()).update(key, "id");
        return key.getKey().longValue();
    }

    public void finishRun(MonitorRun run) {
        jdbc.sql("update monitor_run set finished_at = ?, outcome = ?, requests = ?, inspected = ?, not_modified = ?, "
                        + "same_content = ?, not_fetched = ?, alerts_opened = ?, detail = ? where id = ?")
                .params(utc(run.finishedAt()), run.outcome().name(), run.requests(), run.inspected(), run.notModified(),
                        run.sameContent(), run.notFetched(), run.alertsOpened(), truncate(run.detail()), run.id())
                .update();
    }

    /** Marks runs a stopped server left RUNNING as failed. */
    public int closeInterrupted() {
        return jdbc.sql("update monitor_run set outcome = ?, finished_at = ?, detail = ? where outcome = ?")
                .params(MonitorRun.Outcome.FAILED.name(), OffsetDateTime.now(ZoneOffset.UTC), "server stopped during the run",
                        MonitorRun.Outcome.RUNNING.name()).update();
    }

    public List<MonitorRun> runs(long monitorId, int limit) {
        return jdbc.sql(RUN + " where monitor_id = ? order by id desc limit ?").params(monitorId, limit)
                .query(MonitorRepository::run).list();
    }

    /** When the monitor's last run started, if it ever ran. */
    public Optional<Instant> lastStart(long monitorId) {
        return jdbc.sql("select max(started_at) from monitor_run where monitor_id = ?").param(monitorId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .map(OffsetDateTime::toInstant);
    }

    private Monitor monitor(ResultSet rs, int row) throws SQLException {
        try {
            return new Monitor(rs.getLong("id"), rs.getString("name"), Arrays.asList(rs.getString("base_urls").split("\n")),
                    rs.getString("scope_prefix"), rs.getInt("max_pages"), rs.getInt("max_depth"), rs.getLong("max_bytes"),
                    rs.getLong("delay_millis"), rs.getInt("timeout_seconds"), rs.getInt("run_timeout_seconds"),
                    rs.getInt("interval_seconds"), rs.getString("published_base_url"), rs.getBoolean("takedown"),
                    json.readValue(rs.getString("channels_json"), CHANNELS), rs.getBoolean("enabled"),
                    rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable alert channels of monitor " + rs.getLong("id"), e);
        }
    }

    private static MonitorRun run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new MonitorRun(rs.getLong("id"), rs.getLong("monitor_id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), MonitorRun.Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("requests"), rs.getInt("inspected"), rs.getInt("not_modified"), rs.getInt("same_content"),
                rs.getInt("not_fetched"), rs.getInt("alerts_opened"), rs.getString("detail"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 8000 ? text : text.substring(0, 7990) + "…";
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
