package org.airlock.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.airlock.generator.Scenario;
import org.airlock.generator.WebPages;
import org.airlock.server.audit.AuditEntry;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.system.AirlockProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The monitor end to end, over real HTTP on 127.0.0.1: a generated site of about 300 pages and
 * documents is crawled once; then a sensitive workbook (ICE scenario, published by mistake through
 * the gate after an override) and a PDF with a failed redaction (uploaded around the gate) appear;
 * the second crawl finds both, the webhook (after a failed first try), the e-mail (GreenMail) and the
 * syslog CEF lines arrive with no personal value in them, the published workbook is withdrawn and
 * the takedown audited with the alert's id, and nothing unchanged was downloaded again. Subclasses
 * choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MonitorEndToEndTestBase {

    private static final int SECTIONS = 10;
    private static final int PAGES_PER_SECTION = 25;
    private static final String A_NUMBER = "A\\d{9}";

    static Path dataDir;
    static GreenMail smtp;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AirlockProperties properties;
    @Autowired
    AuditLog audit;

    private final ObjectMapper json = new ObjectMapper();

    static Map<String, Object> commonProperties() throws IOException {
        dataDir = Files.createTempDirectory("airlock-monitor-test");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Object> p = new HashMap<>();
        p.put("airlock.data-dir", dataDir.toString());
        p.put("airlock.demo", "true");
        p.put("airlock.inspection.sweep-millis", "300");
        // Runs are started by the test, so the two crawls fall exactly around the change.
        p.put("airlock.monitor.scheduling", "false");
        p.put("airlock.monitor.webhook-backoff-millis", "200");
        p.put("spring.mail.host", "127.0.0.1");
        p.put("spring.mail.port", String.valueOf(port));
        return p;
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void secondCrawlFindsBothExposuresAlertsEverywhereAndTakesThePublishedOneDown() throws Exception {
        Path fixtures = Files.createTempDirectory("airlock-monitor-fixtures");
        Path webRoot = properties.effectiveWebRoot().toRealPath();
        try (TestWebsite site = new TestWebsite(webRoot);
             WebhookReceiver webhook = new WebhookReceiver(1);
             SyslogReceiver syslog = new SyslogReceiver()) {
            int documents = buildSite(site, fixtures);
            // A clean workbook published through the gate, served from the web root under /files/.
            long clean = submitAndWait("publisher", "statistics/q1.xlsx", Scenario.AGGREGATE.write(fixtures.resolve("q1"), 3));
            assertThat(post("publisher", "/api/v1/submissions/" + clean + "/publish", null).getStatusCode()).isEqualTo(HttpStatus.OK);

            // Configured over the API by the privacy officer; auditors read, publishers do not.
            Map<String, Object> request = Map.of("name", "agency site", "baseUrls", List.of(site.base() + "/"),
                    "publishedBaseUrl", site.base() + "/files/", "delayMillis", 0, "timeoutSeconds", 5,
                    "intervalSeconds", 3600, "channels", List.of(
                            Map.of("type", "WEBHOOK", "target", webhook.url()),
                            Map.of("type", "EMAIL", "target", "soc@agency.example"),
                            Map.of("type", "SYSLOG", "target", syslog.target())));
            assertThat(post("publisher", "/api/v1/monitors", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post("auditor", "/api/v1/monitors", request).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> created = post("privacy-officer", "/api/v1/monitors", request);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            long monitor = json.readTree(created.getBody()).get("id").asLong();
            assertThat(get("auditor", "/api/v1/monitors/" + monitor).get("takedown").asBoolean()).isTrue();
            assertThat(exchange("publisher", HttpMethod.GET, "/api/v1/monitors", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

            // Crawl 1: the clean site.
            JsonNode first = runAndWait(monitor);
            assertThat(first.get("outcome").asText()).as(first.toString()).isEqualTo("DONE");
            int pages = 1 + SECTIONS + SECTIONS * PAGES_PER_SECTION;
            assertThat(first.get("inspected").asInt()).isGreaterThanOrEqualTo(pages + documents + 1);
            assertThat(first.get("alertsOpened").asInt()).isZero();
            assertThat(get("auditor", "/api/v1/alerts").size()).isZero();
            Set<String> downloadedFirst = paths(site.log(), 200);

            // Between the crawls: an ICE-style workbook goes out through the gate (held, overridden by
            // mistake, published), and a PDF whose redaction failed is uploaded around the gate.
            long ice = submitAndWait("publisher", "statistics/detainees.xlsx", Scenario.ICE.write(fixtures.resolve("ice"), 300, 11));
            assertThat(get("publisher", "/api/v1/submissions/" + ice).get("state").asText()).isEqualTo("BLOCKED");
            assertThat(post("privacy-officer", "/api/v1/submissions/" + ice + "/signoff",
                    Map.of("justification", "Statistics only, checked")).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(post("publisher", "/api/v1/submissions/" + ice + "/publish", null).getStatusCode()).isEqualTo(HttpStatus.OK);
            Path published = webRoot.resolve("statistics/detainees.xlsx");
            assertThat(published).exists();
            site.put("/docs/inspection-report.pdf", Scenario.PDF_FAILED_REDACTION.write(fixtures.resolve("pdf"), 12, 5),
                    "application/pdf");
            site.page("/section/3.html", site.text("/section/3.html")
                    .replace("</body>", "<a href=\"/files/statistics/detainees.xlsx\">Detention data</a></body>"));
            site.page("/section/5.html", site.text("/section/5.html")
                    .replace("</body>", "<a href=\"/docs/inspection-report.pdf\">Inspection report</a></body>"));
            site.clearLog();

            // Crawl 2 finds both.
            JsonNode second = runAndWait(monitor);
            assertThat(second.get("outcome").asText()).as(second.toString()).isEqualTo("DONE");
            assertThat(second.get("alertsOpened").asInt()).isEqualTo(2);
            JsonNode alerts = get("auditor", "/api/v1/alerts?monitor=" + monitor);
            assertThat(alerts.size()).isEqualTo(2);
            JsonNode workbook = find(alerts, site.base() + "/files/statistics/detainees.xlsx");
            JsonNode pdf = find(alerts, site.base() + "/docs/inspection-report.pdf");
            assertThat(workbook.get("verdict").asText()).isEqualTo("BLOCK");
            assertThat(workbook.get("persons").asLong()).isGreaterThanOrEqualTo(300);
            assertThat(workbook.get("categories").toString()).contains("NAME", "IMMIGRATION");
            assertThat(workbook.get("firstSeen").asText()).isNotBlank();
            assertThat(workbook.get("takedown").asText()).isEqualTo("WITHDRAWN");
            assertThat(workbook.get("submission").asLong()).isEqualTo(ice);
            assertThat(pdf.get("verdict").asText()).isIn("BLOCK", "REVIEW");
            assertThat(pdf.get("persons").asLong()).isPositive();
            assertThat(pdf.get("takedown").asText()).isIn("NOT_PUBLISHED_BY_AIRLOCK", "REVIEW_ONLY");
            // Not published through Airlock: the alert says exactly what to remove, down to the page.
            assertThat(pdf.get("instructions").asText()).startsWith("Remove " + site.base() + "/docs/inspection-report.pdf")
                    .containsIgnoringCase("page");
            assertThat(workbook.get("instructions").asText()).contains("Withdrawn").contains("sheet");

            // The published workbook is off the site, its submission WITHDRAWN, the takedown audited with the alert id.
            assertThat(published).doesNotExist();
            assertThat(webRoot.resolve("statistics/q1.xlsx")).exists();
            assertThat(get("publisher", "/api/v1/submissions/" + ice).get("state").asText()).isEqualTo("WITHDRAWN");
            List<AuditEntry> iceAudit = audit.forSubmission(ice);
            assertThat(iceAudit).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("TAKEDOWN");
                assertThat(e.actor()).isEqualTo("monitor");
                assertThat(e.detail()).startsWith("alert " + workbook.get("alert").asLong() + ":");
            });
            assertThat(iceAudit).anySatisfy(e -> assertThat(e.action()).isEqualTo("ALERT_OPENED"));

            // Unchanged documents and pages were asked for conditionally (304), not downloaded again.
            Set<String> downloadedSecond = paths(site.log(), 200);
            assertThat(downloadedSecond).containsExactlyInAnyOrder("/robots.txt", "/sitemap.xml", "/section/3.html",
                    "/section/5.html", "/files/statistics/detainees.xlsx", "/docs/inspection-report.pdf");
            Set<String> notModified = paths(site.log(), 304);
            Set<String> expectedUnchanged = new HashSet<>(downloadedFirst);
            expectedUnchanged.removeAll(Set.of("/robots.txt", "/sitemap.xml", "/section/3.html", "/section/5.html"));
            assertThat(notModified).isEqualTo(expectedUnchanged);
            assertThat(second.get("notModified").asInt()).isEqualTo(expectedUnchanged.size());

            // Every channel delivered both alerts; the webhook's failed first try was retried.
            waitFor(() -> deliveries(alerts) == 6, "six deliveries");
            int webhookAttempts = 0;
            for (JsonNode alert : alerts) {
                for (JsonNode d : get("auditor", "/api/v1/alerts/" + alert.get("alert").asLong()).get("deliveries")) {
                    assertThat(d.get("status").asText()).as(d.toString()).isEqualTo("DELIVERED");
                    if (d.get("channel").asText().equals("WEBHOOK")) {
                        webhookAttempts += d.get("attempts").asInt();
                    }
                }
            }
            assertThat(webhookAttempts).isEqualTo(3);
            assertThat(webhook.received()).hasSize(3);
            assertThat(webhook.accepted()).hasSize(2);
            List<String> hooks = new ArrayList<>(webhook.accepted());
            assertThat(hooks).anySatisfy(h -> assertThat(json.readTree(h).get("url").asText()).endsWith("/files/statistics/detainees.xlsx"));
            assertThat(hooks).allSatisfy(h -> assertThat(json.readTree(h).get("event").asText()).isEqualTo("airlock.exposure"));

            assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(2);
            List<String> subjects = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (MimeMessage mail : mails) {
                assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("soc@agency.example");
                subjects.add(mail.getSubject());
                bodies.add(GreenMailUtil.getBody(mail));
            }
            assertThat(subjects).anySatisfy(s -> assertThat(s).startsWith("[Airlock] BLOCK").contains("/files/statistics/detainees.xlsx"));
            assertThat(String.join("\n", bodies)).contains("/docs/inspection-report.pdf").contains("WITHDRAWN");

            waitFor(() -> syslog.lines().size() == 2, "two syslog lines");
            assertThat(syslog.lines()).allSatisfy(line -> assertThat(line)
                    .matches("<10[46]>1 \\d{4}-\\d\\d-\\d\\dT[^ ]+Z \\S+ airlock - exposure - CEF:0\\|Airlock\\|Airlock Monitor\\|[^|]+\\|exposure-(BLOCK|REVIEW)\\|.*"));
            assertThat(syslog.lines()).anySatisfy(line -> assertThat(line).startsWith("<106>")
                    .contains("request=" + site.base() + "/files/statistics/detainees.xlsx").contains("act=WITHDRAWN")
                    .contains("externalId=" + workbook.get("alert").asLong()));

            // No matched value anywhere an alert went.
            List<String> everything = new ArrayList<>(hooks);
            everything.addAll(bodies);
            everything.addAll(syslog.lines());
            everything.add(alerts.toString());
            assertThat(everything).allSatisfy(text -> assertThat(text).doesNotContainPattern(A_NUMBER));

            // Acknowledged by the privacy officer; the auditor may read but not acknowledge.
            long workbookAlert = workbook.get("alert").asLong();
            assertThat(post("auditor", "/api/v1/alerts/" + workbookAlert + "/acknowledge", Map.of()).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> ack = post("privacy-officer", "/api/v1/alerts/" + workbookAlert + "/acknowledge",
                    Map.of("note", "incident 42 opened"));
            assertThat(ack.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(ack.getBody()).get("status").asText()).isEqualTo("ACKNOWLEDGED");
            assertThat(get("auditor", "/api/v1/alerts?status=OPEN").size()).isEqualTo(1);

            // Crawl 3: nothing new, so no new alert.
            JsonNode third = runAndWait(monitor);
            assertThat(third.get("alertsOpened").asInt()).isZero();
            assertThat(get("auditor", "/api/v1/alerts").size()).isEqualTo(2);
            JsonNode verify = get("auditor", "/api/v1/audit/verify");
            assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
        }
    }

    /** About 300 URLs: home, sections, pages (the generator's clean statistics page) and documents. */
    private static int buildSite(TestWebsite site, Path fixtures) throws IOException {
        String base = site.base();
        site.put("/robots.txt", ("User-agent: *\nDisallow: /private/\nSitemap: " + base + "/sitemap.xml\n").getBytes(), "text/plain");
        List<Path> docs = new ArrayList<>();
        Scenario[] kinds = {Scenario.AGGREGATE, Scenario.BUDGET, Scenario.FACILITIES, Scenario.DOCX_CLEAN,
            Scenario.PDF_REDACTED_PROPERLY, Scenario.PPTX_CLEAN, Scenario.ODT_CLEAN};
        for (int i = 0; i < 28; i++) {
            Scenario kind = kinds[i % kinds.length];
            docs.add(kind.write(fixtures.resolve("doc-" + i), 100 + i));
        }
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            templates.add(Files.readString(WebPages.clean(fixtures.resolve("page-" + i + ".html"), i)));
        }
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        StringBuilder home = new StringBuilder("<html><body><h1>Agency</h1><a href=\"/files/statistics/q1.xlsx\">Q1</a><ul>");
        int doc = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            home.append("<li><a href=\"/section/").append(s).append(".html\">Section ").append(s).append("</a></li>");
            sitemap.append("<url><loc>").append(base).append("/section/").append(s).append(".html</loc></url>");
            StringBuilder section = new StringBuilder("<html><body><h1>Section " + s + "</h1><ul>");
            for (int p = 1; p <= PAGES_PER_SECTION; p++) {
                String path = "/page/" + s + "-" + p + ".html";
                section.append("<li><a href=\"").append(path).append("\">Page ").append(p).append("</a></li>");
                String links = "<a href=\"/section/" + s + ".html\">up</a>";
                if (p % 9 == 0 && doc < docs.size()) {
                    Path file = docs.get(doc);
                    String docPath = "/docs/" + doc + "-" + file.getFileName();
                    site.put(docPath, file, "application/octet-stream");
                    links += " <a href=\"" + docPath + "\">download</a>";
                    doc++;
                }
                site.page(path, templates.get((s + p) % templates.size()).replace("</body>", links + "</body>"));
            }
            site.page("/section/" + s + ".html", section.append("</ul></body></html>").toString());
        }
        site.page("/", home.append("</ul></body></html>").toString());
        site.put("/sitemap.xml", sitemap.append("</urlset>").toString().getBytes(), "application/xml");
        return doc;
    }

    private JsonNode runAndWait(long monitor) throws Exception {
        ResponseEntity<String> started = post("privacy-officer", "/api/v1/monitors/" + monitor + "/runs", null);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long run = json.readTree(started.getBody()).get("run").asLong();
        JsonNode[] last = {null};
        waitFor(() -> {
            try {
                for (JsonNode r : get("auditor", "/api/v1/monitors/" + monitor + "/runs")) {
                    if (r.get("id").asLong() == run && !r.get("outcome").asText().equals("RUNNING")) {
                        last[0] = r;
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "run " + run);
        return last[0];
    }

    private int deliveries(JsonNode alerts) {
        int n = 0;
        for (JsonNode alert : alerts) {
            try {
                n += get("auditor", "/api/v1/alerts/" + alert.get("alert").asLong()).get("deliveries").size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private static JsonNode find(JsonNode alerts, String url) {
        for (JsonNode alert : alerts) {
            if (alert.get("url").asText().equals(url)) {
                return alert;
            }
        }
        throw new AssertionError("no alert for " + url + " in " + alerts);
    }

    private static Set<String> paths(List<TestWebsite.Request> log, int status) {
        Set<String> paths = new HashSet<>();
        log.stream().filter(r -> r.status() == status).forEach(r -> paths.add(r.path()));
        return paths;
    }

    /** A bound on waiting for background work, not a timing assertion. */
    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 240_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private long submitAndWait(String user, String target, Path file) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(file));
        parts.add("target", target);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = exchange(user, HttpMethod.POST, "/api/v1/submissions", new HttpEntity<>(parts, headers));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = json.readTree(response.getBody()).get("id").asLong();
        waitFor(() -> {
            try {
                String state = get(user, "/api/v1/submissions/" + id).get("state").asText();
                return !state.equals("RECEIVED") && !state.equals("INSPECTING");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "submission " + id);
        return id;
    }

    JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = exchange(user, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return exchange(user, HttpMethod.POST, path, new HttpEntity<>(body, headers));
    }

    ResponseEntity<String> exchange(String user, HttpMethod method, String path, HttpEntity<?> entity) {
        return rest.withBasicAuth(user, "demo").exchange(path, method, entity, String.class);
    }
}
