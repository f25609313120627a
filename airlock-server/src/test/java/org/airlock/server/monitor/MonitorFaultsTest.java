package org.airlock.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airlock.generator.Scenario;
import org.airlock.server.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Misbehaving servers on 127.0.0.1 (hanging bodies, silent servers, redirect loops, endless
 * downloads, garbage, wrong content types) are bounded by time and size and reported per URL; a
 * webhook that never answers is given up on after its tries and audited; a run stuck past its
 * run timeout is stopped and the scheduler starts the next one on time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorFaultsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Map<String, String> p = new HashMap<>();
        p.put("airlock.data-dir", Files.createTempDirectory("airlock-monitor-faults").toString());
        p.put("airlock.demo", "true");
        p.put("airlock.monitor.tick-millis", "200");
        p.put("airlock.monitor.webhook-attempts", "3");
        p.put("airlock.monitor.webhook-backoff-millis", "100");
        p.put("airlock.monitor.webhook-timeout-seconds", "2");
        p.forEach((k, v) -> registry.add(k, () -> v));
    }

    @Test
    void badServersAreBoundedAndReportedAndAnUnreachableWebhookIsGivenUpOn() throws Exception {
        Path fixtures = Files.createTempDirectory("airlock-monitor-faults-fixtures");
        try (TestWebsite site = new TestWebsite(fixtures)) {
            site.page("/", "<html><body><a href=\"/hang\">a</a><a href=\"/silent\">b</a><a href=\"/loop/a\">c</a>"
                    + "<a href=\"/huge.bin\">d</a><a href=\"/docs/garbage.pdf\">e</a><a href=\"/docs/figures.png\">f</a>"
                    + "<a href=\"/about.html\">g</a></body></html>");
            site.page("/about.html", "<html><body>About the agency.</body></html>");
            site.put("/docs/garbage.pdf", "%PDF-1.7 nothing of a PDF follows".getBytes(), "application/pdf");
            // A workbook served as an image: typed by its content, not by the server's word.
            site.put("/docs/figures.png", Scenario.BUDGET.write(fixtures.resolve("budget"), 4), "image/png");
            int closedPort;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                closedPort = s.getLocalPort();
            }
            Map<String, Object> request = Map.of("name", "faulty", "baseUrls", List.of(site.base() + "/"),
                    "delayMillis", 0, "timeoutSeconds", 2, "maxBytes", 1_000_000, "intervalSeconds", 3600,
                    "channels", List.of(Map.of("type", "WEBHOOK", "target", "http://127.0.0.1:" + closedPort + "/hook")));
            long monitor = json.readTree(post("admin", "/api/v1/monitors", request).getBody()).get("id").asLong();

            // Not started by hand: the scheduler finds the new monitor due and runs it.
            JsonNode run = waitForRun(monitor, r -> !r.get("outcome").asText().equals("RUNNING"));
            assertThat(run.get("outcome").asText()).as(run.toString()).isEqualTo("DONE");
            Duration took = Duration.between(Instant.parse(run.get("startedAt").asText()), Instant.parse(run.get("finishedAt").asText()));
            // Four bad URLs, each cut off within its two-second limits (headers, then body).
            assertThat(took).isLessThan(Duration.ofSeconds(40));
            assertThat(run.get("notFetched").asInt()).isEqualTo(4);
            String detail = run.get("detail").asText();
            assertThat(detail).contains(site.base() + "/hang: body not complete within 2 s")
                    .contains(site.base() + "/silent: no answer within 2 s")
                    .contains(site.base() + "/loop/a: redirect loop")
                    .contains(site.base() + "/huge.bin: larger than 1000000 bytes");

            // Garbage cannot be inspected: a REVIEW alert, for a person, not a takedown.
            JsonNode alerts = get("auditor", "/api/v1/alerts?monitor=" + monitor);
            assertThat(alerts.size()).isEqualTo(1);
            assertThat(alerts.get(0).get("url").asText()).isEqualTo(site.base() + "/docs/garbage.pdf");
            assertThat(alerts.get(0).get("verdict").asText()).isEqualTo("REVIEW");
            assertThat(alerts.get(0).get("takedown").asText()).isEqualTo("REVIEW_ONLY");

            long alert = alerts.get(0).get("alert").asLong();
            MonitorEndToEndTestBase.waitFor(() -> {
                try {
                    return get("auditor", "/api/v1/alerts/" + alert).get("deliveries").size() == 1;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "the webhook delivery to give up");
            JsonNode delivery = get("auditor", "/api/v1/alerts/" + alert).get("deliveries").get(0);
            assertThat(delivery.get("status").asText()).isEqualTo("FAILED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.get("lastError").asText()).isEqualTo("ConnectException");
            List<String> failures = new ArrayList<>();
            audit.forEach(e -> {
                if (e.action().equals("ALERT_DELIVERY_FAILED")) {
                    failures.add(e.detail());
                }
            });
            assertThat(failures).anySatisfy(f -> assertThat(f).startsWith("alert " + alert + " by WEBHOOK"));
        }
    }

    @Test
    void aRunStuckPastItsTimeoutIsStoppedAndTheNextOneStartsOnTime() throws Exception {
        Path fixtures = Files.createTempDirectory("airlock-monitor-stuck");
        try (TestWebsite site = new TestWebsite(fixtures)) {
            StringBuilder home = new StringBuilder("<html><body>");
            for (int i = 0; i < 10; i++) {
                home.append("<a href=\"/silent?n=").append(i).append("\">").append(i).append("</a>");
            }
            site.page("/", home.append("</body></html>").toString());
            // Ten silent URLs at three seconds each would hold a run for half a minute.
            Map<String, Object> request = Map.of("name", "stuck", "baseUrls", List.of(site.base() + "/"), "delayMillis", 0,
                    "timeoutSeconds", 3, "runTimeoutSeconds", 2, "intervalSeconds", 5);
            long monitor = json.readTree(post("admin", "/api/v1/monitors", request).getBody()).get("id").asLong();
            try {
                JsonNode first = waitForRun(monitor, r -> r.get("outcome").asText().equals("TIMED_OUT"));
                JsonNode next = waitForRun(monitor, r -> r.get("id").asLong() > first.get("id").asLong());
                Instant firstStart = Instant.parse(first.get("startedAt").asText());
                Instant nextStart = Instant.parse(next.get("startedAt").asText());
                assertThat(first.get("detail").asText()).contains("runTimeoutSeconds");
                assertThat(Duration.between(firstStart, Instant.parse(first.get("finishedAt").asText())))
                        .isLessThan(Duration.ofSeconds(4));
                // On its interval, not after the stuck run's thirty seconds.
                assertThat(Duration.between(firstStart, nextStart)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(15));
            } finally {
                Map<String, Object> off = new HashMap<>(request);
                off.put("enabled", false);
                assertThat(exchange("admin", HttpMethod.PUT, "/api/v1/monitors/" + monitor, json(off)).getStatusCode())
                        .isEqualTo(HttpStatus.OK);
            }
        }
    }

    @Test
    void invalidMonitorsAreRefusedWithTheReason() throws Exception {
        ResponseEntity<String> noUrl = post("admin", "/api/v1/monitors", Map.of("baseUrls", List.of("ftp://example.org/")));
        assertThat(noUrl.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noUrl.getBody()).contains("baseUrls");
        ResponseEntity<String> badChannel = post("admin", "/api/v1/monitors", Map.of("baseUrls", List.of("http://127.0.0.1:9/"),
                "channels", List.of(Map.of("type", "SYSLOG", "target", "no-port"))));
        assertThat(badChannel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badChannel.getBody()).contains("host:port");
        ResponseEntity<String> tooOften = post("admin", "/api/v1/monitors", Map.of("baseUrls", List.of("http://127.0.0.1:9/"),
                "intervalSeconds", 1));
        assertThat(tooOften.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private interface RunCondition {
        boolean test(JsonNode run);
    }

    private JsonNode waitForRun(long monitor, RunCondition condition) throws InterruptedException {
        JsonNode[] found = {null};
        MonitorEndToEndTestBase.waitFor(() -> {
            try {
                for (JsonNode r : get("auditor", "/api/v1/monitors/" + monitor + "/runs")) {
                    if (condition.test(r)) {
                        found[0] = r;
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "a run of monitor " + monitor);
        return found[0];
    }

    private HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = exchange(user, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, json(body));
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, HttpEntity<?> entity) {
        return rest.withBasicAuth(user, "demo").exchange(path, method, entity, String.class);
    }
}
