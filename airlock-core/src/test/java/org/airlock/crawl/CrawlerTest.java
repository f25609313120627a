package org.airlock.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.extract.FailureKind;
import org.airlock.generator.Scenario;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls a ~50-URL site served on 127.0.0.1 by the test, twice, with misbehaving endpoints. */
class CrawlerTest {

    private static final int PAGES = 40;

    @TempDir
    Path temp;

    private TestSite site;
    private TestSite elsewhere;

    @BeforeEach
    void serveSite() throws IOException {
        site = new TestSite();
        elsewhere = new TestSite();
        elsewhere.page("/", "<html><body>another site</body></html>");
        String base = site.base();
        site.put("/robots.txt", ("User-agent: *\nDisallow: /private/\n\nSitemap: " + base + "/sitemap_index.xml\n")
                .getBytes(), "text/plain");
        site.put("/sitemap_index.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + base + "/sitemap-docs.xml</loc></sitemap>"
                + "<sitemap><loc>" + base + "/sitemap-pages.xml</loc></sitemap></sitemapindex>").getBytes(), "application/xml");
        site.put("/sitemap-docs.xml", urlset(base + "/docs/facilities.xlsx", base + "/docs/budget.xlsx"), "application/xml");
        site.put("/sitemap-pages.xml", urlset(base + "/page/" + PAGES + ".html"), "application/xml");

        site.put("/docs/ice.xlsx", bytes(Scenario.ICE.write(temp.resolve("ice"), 300, 7)), xlsx());
        site.put("/docs/aggregate.xlsx", bytes(Scenario.AGGREGATE.write(temp.resolve("aggregate"), 7)), xlsx());
        site.put("/docs/budget.xlsx", bytes(Scenario.BUDGET.write(temp.resolve("budget"), 7)), xlsx());
        site.put("/docs/facilities.xlsx", bytes(Scenario.FACILITIES.write(temp.resolve("facilities"), 7)), xlsx());
        // A workbook served as plain text: typed by content, not by the server's word.
        site.put("/docs/mislabelled", bytes(Scenario.AGGREGATE.write(temp.resolve("mislabelled"), 8)), "text/plain");
        site.put("/private/secret.xlsx", bytes(Scenario.ICE.write(temp.resolve("secret"), 300, 9)), xlsx());
        site.put("/docs/garbage.pdf", "%PDF-1.7 this is not really a PDF".getBytes(), "application/pdf");

        StringBuilder index = new StringBuilder("<html><body><h1>Agency</h1><ul>");
        for (int i = 1; i <= PAGES; i++) {
            index.append("<li><a href=\"/page/").append(i).append(".html\">Page ").append(i).append("</a></li>");
        }
        index.append("<li><a href=\"/private/secret.xlsx\">internal</a></li>")
                .append("<li><a href=\"/hang\">slow</a></li><li><a href=\"/loop/a\">loop</a></li>")
                .append("<li><a href=\"/huge.bin\">archive</a></li><li><a href=\"/docs/mislabelled\">data</a></li>")
                .append("<li><a href=\"/docs/garbage.pdf\">broken</a></li>")
                .append("<li><a href=\"").append(elsewhere.base()).append("/\">partner</a></li>")
                .append("<li><a href=\"mailto:press@example.org\">press</a></li>");
        site.page("/", index.append("</ul></body></html>").toString());
        for (int i = 1; i <= PAGES; i++) {
            String extra = switch (i) {
                case 7 -> "<a href=\"/docs/ice.xlsx\">Detention statistics</a>";
                case 8 -> "<a href=\"../docs/aggregate.xlsx#sheet\">Totals</a>";
                default -> "";
            };
            site.page("/page/" + i + ".html", "<html><body><p>Quarterly bulletin, section " + i + ".</p>" + extra
                    + "<a href=\"/page/" + (i % PAGES + 1) + ".html\">next</a>"
                    + "<a href=\"" + elsewhere.base() + "/elsewhere-" + i + "\">elsewhere</a></body></html>");
        }
    }

    @AfterEach
    void stop() {
        site.close();
        elsewhere.close();
    }

    @Test
    void crawlsTheSiteReportsEachUrlAndRecrawlsOnlyWhatChanged() throws IOException {
        Path stateFile = temp.resolve("state/crawl.json");
        CrawlResult first = crawl(stateFile);
        Map<String, FileReport> byUrl = byUrl(first);
        String base = site.base();

        assertThat(byUrl.get(base + "/docs/ice.xlsx").verdict()).isEqualTo(Verdict.BLOCK);
        for (String harmless : List.of("/docs/aggregate.xlsx", "/docs/budget.xlsx", "/docs/facilities.xlsx",
                "/docs/mislabelled", "/", "/page/1.html", "/page/" + PAGES + ".html")) {
            assertThat(byUrl.get(base + harmless).verdict()).as(harmless).isEqualTo(Verdict.PASS);
        }
        assertThat(byUrl.get(base + "/docs/mislabelled").type().type().name()).isEqualTo("XLSX");
        // Found only through the sitemap index.
        assertThat(site.count("/docs/facilities.xlsx", 200)).isEqualTo(1);
        // robots.txt obeyed, scope kept, an honest User-Agent sent.
        assertThat(site.count("/private/secret.xlsx")).isZero();
        assertThat(byUrl).doesNotContainKey(base + "/private/secret.xlsx");
        assertThat(first.disallowed()).isEqualTo(1);
        assertThat(elsewhere.log()).isEmpty();
        assertThat(first.outOfScope()).isGreaterThan(PAGES);
        assertThat(site.log()).allSatisfy(r -> assertThat(r.userAgent()).startsWith("Airlock/").contains("docs/crawl.md"));
        // Bad servers are reported as not inspected (REVIEW) and do not stop the crawl.
        for (String bad : List.of("/hang", "/loop/a", "/huge.bin")) {
            FileReport report = byUrl.get(base + bad);
            assertThat(report.verdict()).as(bad).isEqualTo(Verdict.REVIEW);
            assertThat(report.notInspected()).extracting(f -> f.kind()).containsExactly(FailureKind.NOT_FETCHED);
        }
        assertThat(byUrl.get(base + "/loop/a").notInspected().get(0).detail()).isEqualTo("redirect loop");
        assertThat(byUrl.get(base + "/docs/garbage.pdf").verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(first.notFetched()).isEqualTo(3);
        assertThat(first.worst()).isEqualTo(Verdict.BLOCK);
        assertThat(first.notModified()).isZero();
        assertThat(Files.exists(stateFile)).isTrue();

        // Between the crawls a sensitive workbook appears, linked from the home page.
        site.put("/docs/new-release.xlsx", bytes(Scenario.HOME_OFFICE.write(temp.resolve("new"), 200, 3)), xlsx());
        site.page("/", new String(bytesOf("/"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("</ul>", "<li><a href=\"/docs/new-release.xlsx\">New release</a></li></ul>"));
        site.clearLog();

        // A new crawler from the saved state: a restart resumes.
        CrawlResult second = crawl(stateFile);
        Map<String, FileReport> again = byUrl(second);
        assertThat(again.get(base + "/docs/new-release.xlsx").verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(again.get(base + "/").verdict()).isEqualTo(Verdict.PASS);
        // Every unchanged page and document was asked for conditionally and not downloaded.
        long notModified = site.log().stream().filter(r -> r.status() == 304).count();
        assertThat(notModified).isEqualTo(second.notModified()).isGreaterThanOrEqualTo(PAGES + 5);
        assertThat(site.log()).filteredOn(r -> r.status() == 200)
                .extracting(TestSite.Request::path)
                .allMatch(p -> p.equals("/") || p.equals("/docs/new-release.xlsx") || p.equals("/robots.txt")
                        || p.startsWith("/sitemap") || p.equals("/hang") || p.equals("/huge.bin")
                        || p.equals("/docs/garbage.pdf"));
        assertThat(second.unchanged()).containsEntry(base + "/docs/ice.xlsx", Verdict.BLOCK);
        assertThat(again).doesNotContainKey(base + "/docs/ice.xlsx");
        assertThat(second.worst()).isEqualTo(Verdict.BLOCK);
        CrawlState saved = CrawlState.load(stateFile);
        assertThat(saved.get(base + "/docs/new-release.xlsx").verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(saved.get(base + "/docs/ice.xlsx").etag()).isNotNull();
    }

    @Test
    void pageLimitStopsTheCrawlAndSaysWhatIsLeft() throws IOException {
        CrawlSettings limited = new CrawlSettings(null, 5, 10, 1 << 20, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 5, CrawlSettings.userAgent("test"));
        CrawlResult result = new Crawler(inspector(), limited, CrawlState.empty()).crawl(List.of(URI.create(site.base() + "/")), () -> { });
        assertThat(result.requests()).isEqualTo(5);
        assertThat(result.leftInQueue()).isPositive();
    }

    @Test
    void robotsCrawlDelayIsHonouredAndEachInspectedDocumentIsReportedAtOnce() throws IOException {
        try (TestSite slow = new TestSite()) {
            slow.put("/robots.txt", "User-agent: *\nCrawl-delay: 1\n".getBytes(), "text/plain");
            slow.page("/", "<html><body><a href=\"/a.html\">a</a><a href=\"/b.html\">b</a></body></html>");
            slow.page("/a.html", "<html><body>a</body></html>");
            slow.page("/b.html", "<html><body>b</body></html>");
            CrawlSettings noDelay = new CrawlSettings(null, 10, 3, 1 << 20, Duration.ZERO, Duration.ofSeconds(2),
                    Duration.ofSeconds(2), 5, CrawlSettings.userAgent("test"));
            CrawlState state = CrawlState.empty();
            List<String> seen = new java.util.ArrayList<>();
            long start = System.nanoTime();
            CrawlResult result = new Crawler(inspector(), noDelay, state).crawl(List.of(URI.create(slow.base() + "/")), () -> { },
                    report -> {
                        // The state already holds the document's hash when the listener hears of it.
                        assertThat(state.get(report.file()).sha256()).isNotNull();
                        seen.add(report.file());
                    });
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(seen).containsExactlyInAnyOrder(slow.base() + "/", slow.base() + "/a.html", slow.base() + "/b.html");
            assertThat(result.requests()).isEqualTo(3);
            // robots.txt, sitemap.xml and three pages: at least four waits of the one-second Crawl-delay.
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(3_900));
        }
    }

    private CrawlResult crawl(Path stateFile) throws IOException {
        CrawlState state = CrawlState.load(stateFile);
        CrawlSettings settings = new CrawlSettings(null, 500, 5, 1 << 20, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 5, CrawlSettings.userAgent("test"));
        return new Crawler(inspector(), settings, state).crawl(List.of(URI.create(site.base() + "/")), () -> {
            try {
                state.save(stateFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] bytesOf(String path) throws IOException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try {
            return client.send(java.net.http.HttpRequest.newBuilder(URI.create(site.base() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    private static Inspector inspector() {
        return new Inspector(Policy.defaults(), LocalDate.of(2026, 1, 1));
    }

    private static Map<String, FileReport> byUrl(CrawlResult result) {
        return result.reports().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
    }

    private static byte[] urlset(String... urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (String url : urls) {
            xml.append("<url><loc>").append(url).append("</loc></url>");
        }
        return xml.append("</urlset>").toString().getBytes();
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    private static String xlsx() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}
