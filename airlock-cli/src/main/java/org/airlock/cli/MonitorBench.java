package org.airlock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.airlock.generator.Scenario;
import org.airlock.generator.WebPages;
import org.airlock.server.AirlockServer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code airlock bench --monitor}: starts the server (demo users, a temporary data directory), a
 * generated site of about 300 pages and documents on 127.0.0.1 and a webhook receiver; configures a
 * monitor over the REST API with the given crawl interval; then, at random moments, makes a
 * sensitive workbook appear on the site (linked from a page) and measures the time until its
 * alert reaches the webhook. Also prints pages per second of the full and incremental crawls.
 */
final class MonitorBench {

    private static final int SECTIONS = 10;
    private static final int PAGES_PER_SECTION = 25;

    private final int intervalSeconds;
    private final int appearances;
    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Long> alertArrivals = new ConcurrentHashMap<>();
    private String api;

    MonitorBench(int intervalSeconds, int appearances, PrintWriter out) {
        this.intervalSeconds = intervalSeconds;
        this.appearances = appearances;
        this.out = out;
    }

    void run(Path work) throws Exception {
        HttpServer webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/hook", exchange -> {
            try (exchange) {
                long arrived = System.nanoTime();
                JsonNode alert = json.readTree(exchange.getRequestBody());
                alertArrivals.putIfAbsent(alert.get("url").asText(), arrived);
                exchange.sendResponseHeaders(204, -1);
            }
        });
        webhook.start();
        try (LocalSite site = new LocalSite()) {
            int documents = buildSite(site, Files.createDirectories(work.resolve("site")));
            out.printf("local site: %d URLs (%d pages, %d documents) at %s%n", site.size(),
                    site.size() - documents - 2, documents, site.base());
            out.flush();
            ConfigurableApplicationContext server = AirlockServer.start(0, work.resolve("server"), true,
                    "--airlock.monitor.tick-millis=250", "--logging.level.root=WARN");
            try {
                api = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
                measure(site, "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook", work);
            } finally {
                server.close();
            }
        } finally {
            webhook.stop(0);
        }
    }

    private void measure(LocalSite site, String hook, Path work) throws Exception {
        JsonNode monitor = call("POST", "/api/v1/monitors", Map.of("name", "bench", "baseUrls", List.of(site.base() + "/"),
                "delayMillis", 0, "intervalSeconds", intervalSeconds, "channels", List.of(Map.of("type", "WEBHOOK", "target", hook))));
        long id = monitor.get("id").asLong();
        JsonNode first = waitForRuns(id, 1);
        out.printf("full crawl: %s%n", rate(first));
        out.flush();

        Random random = new Random(2022);
        List<Double> delays = new ArrayList<>();
        for (int i = 1; i <= appearances; i++) {
            // A random moment within the interval, so the file appears at every phase of the schedule.
            Thread.sleep(random.nextInt(intervalSeconds * 1000));
            Path file = Scenario.ICE.write(Files.createDirectories(work.resolve("new-" + i)), 300, 100 + i);
            String path = "/docs/new-release-" + i + ".xlsx";
            site.put(path, file);
            String page = "/section/" + (1 + i % SECTIONS) + ".html";
            site.page(page, site.text(page).replace("</ul>", "<li><a href=\"" + path + "\">New release " + i + "</a></li></ul>"));
            long appeared = System.nanoTime();
            String url = site.base() + path;
            long deadline = appeared + Duration.ofSeconds(intervalSeconds * 4L).toNanos();
            while (!alertArrivals.containsKey(url) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Long arrived = alertArrivals.get(url);
            if (arrived == null) {
                out.printf("appearance %d: no alert within %d s%n", i, intervalSeconds * 4);
                continue;
            }
            double seconds = (arrived - appeared) / 1e9;
            delays.add(seconds);
            out.printf("appearance %d: alert at the webhook %.1f s after the file appeared%n", i, seconds);
            out.flush();
        }
        List<JsonNode> incremental = new ArrayList<>();
        for (JsonNode run : call("GET", "/api/v1/monitors/" + id + "/runs?limit=100", null)) {
            if (run.get("outcome").asText().equals("DONE") && run.get("id").asLong() != first.get("id").asLong()) {
                incremental.add(run);
            }
        }
        if (!incremental.isEmpty()) {
            List<Double> rates = new ArrayList<>();
            for (JsonNode run : incremental) {
                rates.add(run.get("requests").asInt() / seconds(run));
            }
            Collections.sort(rates);
            out.printf("incremental crawls: %d, median %.0f pages/s (conditional requests, unchanged answered 304)%n",
                    incremental.size(), rates.get(rates.size() / 2));
        }
        out.printf("site answers: %d full, %d not modified (304)%n", site.fullAnswers(), site.notModifiedAnswers());
        if (!delays.isEmpty()) {
            Collections.sort(delays);
            out.printf("time from appearance to alert, %d s interval: median %.1f s, max %.1f s over %d appearances (target < 60 s)%n",
                    intervalSeconds, delays.get(delays.size() / 2), delays.get(delays.size() - 1), delays.size());
        }
        out.flush();
    }

    private String rate(JsonNode run) {
        double seconds = seconds(run);
        return String.format("%d requests in %.1f s: %.0f pages/s, %d inspected, %d not modified", run.get("requests").asInt(),
                seconds, run.get("requests").asInt() / seconds, run.get("inspected").asInt(), run.get("notModified").asInt());
    }

    private static double seconds(JsonNode run) {
        return Duration.between(Instant.parse(run.get("startedAt").asText()), Instant.parse(run.get("finishedAt").asText()))
                .toMillis() / 1000.0;
    }

    /** Waits for the monitor's first {@code count} runs to finish; returns the oldest. */
    private JsonNode waitForRuns(long id, int count) throws Exception {
        while (true) {
            JsonNode runs = call("GET", "/api/v1/monitors/" + id + "/runs?limit=100", null);
            List<JsonNode> done = new ArrayList<>();
            runs.forEach(r -> {
                if (!r.get("outcome").asText().equals("RUNNING")) {
                    done.add(r);
                }
            });
            if (done.size() >= count) {
                return done.get(done.size() - 1);
            }
            Thread.sleep(200);
        }
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + ": HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    /** The same shape as the end-to-end test's site: home, sections, pages and documents. */
    private static int buildSite(LocalSite site, Path dir) throws IOException {
        site.put("/robots.txt", ("User-agent: *\nSitemap: " + site.base() + "/sitemap.xml\n").getBytes(StandardCharsets.UTF_8),
                "text/plain");
        Scenario[] kinds = {Scenario.AGGREGATE, Scenario.BUDGET, Scenario.FACILITIES, Scenario.DOCX_CLEAN,
            Scenario.PDF_REDACTED_PROPERLY, Scenario.PPTX_CLEAN, Scenario.ODT_CLEAN};
        List<Path> docs = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            docs.add(kinds[i % kinds.length].write(dir.resolve("doc-" + i), 100 + i));
        }
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            templates.add(Files.readString(WebPages.clean(dir.resolve("page-" + i + ".html"), i)));
        }
        StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        StringBuilder home = new StringBuilder("<html><body><h1>Agency</h1><ul>");
        int doc = 0;
        for (int s = 1; s <= SECTIONS; s++) {
            home.append("<li><a href=\"/section/").append(s).append(".html\">Section ").append(s).append("</a></li>");
            sitemap.append("<url><loc>").append(site.base()).append("/section/").append(s).append(".html</loc></url>");
            StringBuilder section = new StringBuilder("<html><body><h1>Section " + s + "</h1><ul>");
            for (int p = 1; p <= PAGES_PER_SECTION; p++) {
                String path = "/page/" + s + "-" + p + ".html";
                section.append("<li><a href=\"").append(path).append("\">Page ").append(p).append("</a></li>");
                String links = "<a href=\"/section/" + s + ".html\">up</a>";
                if (p % 9 == 0 && doc < docs.size()) {
                    String docPath = "/docs/" + doc + "-" + docs.get(doc).getFileName();
                    site.put(docPath, docs.get(doc));
                    links += " <a href=\"" + docPath + "\">download</a>";
                    doc++;
                }
                site.page(path, templates.get((s + p) % templates.size()).replace("</body>", links + "</body>"));
            }
            site.page("/section/" + s + ".html", section.append("</ul></body></html>").toString());
        }
        site.page("/", home.append("</ul></body></html>").toString());
        site.put("/sitemap.xml", sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8), "application/xml");
        return doc;
    }
}
