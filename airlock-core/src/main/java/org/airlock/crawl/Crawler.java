package org.airlock.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.airlock.assess.Verdict;
import org.airlock.extract.DocumentType;
import org.airlock.extract.FailureKind;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a site breadth-first: the start URLs, the URLs of the site's sitemaps (robots.txt
 * {@code Sitemap:} lines and /sitemap.xml, indexes followed) and the links of its HTML pages, within
 * the scope, as robots.txt allows. Every document fetched is inspected like {@code airlock scan}
 * (type by content); what did not change since the state's last crawl is not downloaded or not
 * inspected again. One crawler, one thread: the per-host delay makes parallel fetching pointless
 * for the single sites it watches.
 */
public final class Crawler {

    /** Sitemap files read per crawl at most (indexes can point to many). */
    private static final int MAX_SITEMAPS = 50;
    /** A robots.txt Crawl-delay is honoured up to this; beyond it a site could stall a crawl for days. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
    private static final String[] LINK_ATTRIBUTES = {
        "a[href]", "href", "area[href]", "href", "link[href]", "href", "iframe[src]", "src",
        "embed[src]", "src", "object[data]", "data", "img[src]", "src"};

    private final Inspector inspector;
    private final CrawlSettings settings;
    private final CrawlState state;

    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();
    private Set<String> scopeOrigins;
    private Fetcher fetcher;
    private Consumer<FileReport> onInspected = report -> { };
    private volatile boolean stopped;

    // Per-crawl tallies.
    private final List<FileReport> reports = new ArrayList<>();
    private final Map<String, Verdict> unchanged = new LinkedHashMap<>();
    private final Set<String> outOfScope = new HashSet<>();
    private int requests;
    private int notModified;
    private int sameContent;
    private int disallowed;
    private int missing;
    private int notFetched;

    public Crawler(Inspector inspector, CrawlSettings settings, CrawlState state) {
        this.inspector = inspector;
        this.settings = settings;
        this.state = state;
    }

    private record Item(URI uri, int depth) {
    }

    /**
     * Crawls once from the start URLs (plus every URL the state already knows within the scope,
     * so a restart resumes and a known document is checked even if no page links to it any more).
     *
     * @param afterEach called after each document, for example to save the state
     */
    public CrawlResult crawl(List<URI> starts, Runnable afterEach) throws IOException {
        return crawl(starts, afterEach, report -> { });
    }

    /**
     * As {@link #crawl(List, Runnable)}, telling {@code inspected} about each document as soon as it
     * has been inspected and its state entry (with the content hash) recorded, so a watcher can act
     * before the crawl ends. A thread interrupt stops the crawl after the current document.
     */
    public CrawlResult crawl(List<URI> starts, Runnable afterEach, Consumer<FileReport> inspected) throws IOException {
        onInspected = inspected;
        reset();
        scopeOrigins = new HashSet<>();
        for (URI start : starts) {
            scopeOrigins.add(origin(start));
        }
        Path temp = Files.createTempDirectory("airlock-crawl");
        Deque<Item> queue = new ArrayDeque<>();
        Set<String> queued = new HashSet<>();
        try (Fetcher opened = new Fetcher(settings, temp)) {
            fetcher = opened;
            for (URI start : starts) {
                enqueue(queue, queued, normalize(start), 0);
            }
            for (URI start : starts) {
                for (URI url : sitemapUrls(start)) {
                    enqueue(queue, queued, url, 1);
                }
            }
            for (String known : state.entries().keySet()) {
                URI uri = parse(known);
                if (uri != null && inScope(uri)) {
                    enqueue(queue, queued, uri, settings.maxDepth());
                }
            }
            while (!queue.isEmpty() && requests < settings.maxPages() && !stopped && !Thread.currentThread().isInterrupted()) {
                Item item = queue.poll();
                for (URI link : visit(item.uri())) {
                    if (item.depth() < settings.maxDepth()) {
                        enqueue(queue, queued, link, item.depth() + 1);
                    }
                }
                afterEach.run();
            }
        } finally {
            deleteTree(temp);
        }
        return new CrawlResult(List.copyOf(reports), Map.copyOf(unchanged), requests, notModified, sameContent, disallowed,
                outOfScope.size(), missing, notFetched, queue.size());
    }

    /**
     * Asks a running crawl, from another thread, to end after the current request (each request is
     * bounded by the timeouts), so a watchdog can bound a whole crawl without interrupting the
     * thread (an interrupt would also break the caller's database or file I/O).
     */
    public void stop() {
        stopped = true;
    }

    private void reset() {
        reports.clear();
        unchanged.clear();
        outOfScope.clear();
        robots.clear();
        requests = notModified = sameContent = disallowed = missing = notFetched = 0;
    }

    private void enqueue(Deque<Item> queue, Set<String> queued, URI uri, int depth) {
        if (!inScope(uri)) {
            outOfScope.add(uri.toString());
            return;
        }
        if (queued.add(uri.toString())) {
            queue.add(new Item(uri, depth));
        }
    }

    /** Fetches one URL (following redirects within the scope), inspects it, and returns its links. */
    private List<URI> visit(URI start) throws IOException {
        if (!robotsFor(start).isAllowed(start.toString())) {
            disallowed++;
            return List.of();
        }
        URI uri = start;
        Set<String> chain = new HashSet<>();
        chain.add(uri.toString());
        requests++;
        String key = uri.toString();
        Fetch fetch = fetch(uri, state.get(key));
        for (int hops = 0; fetch.ok() && fetch.redirect(); hops++) {
            URI next = resolve(uri, fetch.location());
            if (next == null) {
                failed(start, "redirect to an invalid location");
                return List.of();
            }
            if (!inScope(next)) {
                outOfScope.add(next.toString());
                return List.of();
            }
            if (!chain.add(next.toString())) {
                failed(start, "redirect loop");
                return List.of();
            }
            if (hops + 1 > settings.maxRedirects()) {
                failed(start, "more than " + settings.maxRedirects() + " redirects");
                return List.of();
            }
            if (!robotsFor(next).isAllowed(next.toString())) {
                disallowed++;
                return List.of();
            }
            uri = next;
            key = uri.toString();
            fetch = fetch(uri, state.get(key));
        }
        if (!fetch.ok()) {
            failed(start, fetch.failure());
                return List.of();
        }
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        CrawlState.Entry known = state.get(key);
        if (fetch.status() == 304 && known != null) {
            notModified++;
            unchanged.put(key, known.verdict());
            state.put(key, new CrawlState.Entry(known.etag(), known.lastModified(), known.sha256(), known.verdict(),
                    known.firstSeen(), now));
            return List.of();
        }
        if (fetch.status() != 200) {
            missing++;
            return List.of();
        }
        try {
            Verdict verdict;
            DocumentType type = null;
            if (known != null && fetch.sha256().equals(known.sha256()) && known.verdict() != null) {
                sameContent++;
                verdict = known.verdict();
                unchanged.put(key, verdict);
            } else {
                FileReport report = inspector.inspect(fetch.body(), key);
                reports.add(report);
                verdict = report.verdict();
                type = report.type().type();
            }
            state.put(key, new CrawlState.Entry(fetch.etag(), fetch.lastModified(), fetch.sha256(), verdict,
                    known == null ? now : known.firstSeen(), now));
            if (type != null) {
                onInspected.accept(reports.get(reports.size() - 1));
            }
            return isHtml(fetch, type) ? links(fetch.body(), uri) : List.of();
        } finally {
            Files.deleteIfExists(fetch.body());
        }
    }

    /** Reports a URL that could not be fetched: not inspected, so REVIEW. */
    private void failed(URI url, String why) {
        notFetched++;
        FileReport report = inspector.notInspected(url.toString(), FailureKind.NOT_FETCHED, why);
        reports.add(report);
        CrawlState.Entry known = state.get(url.toString());
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        // No validators: the next crawl asks again in full.
        state.put(url.toString(), new CrawlState.Entry(null, null, null, report.verdict(),
                known == null ? now : known.firstSeen(), now));
    }

    private static boolean isHtml(Fetch fetch, DocumentType type) {
        if (type != null) {
            return type == DocumentType.HTML;
        }
        String contentType = fetch.contentType() == null ? "" : fetch.contentType().toLowerCase(Locale.ROOT);
        return contentType.contains("html");
    }

    private List<URI> links(Path page, URI base) throws IOException {
        Document document = Jsoup.parse(page.toFile(), null, base.toString());
        Set<URI> found = new LinkedHashSet<>();
        for (int i = 0; i < LINK_ATTRIBUTES.length; i += 2) {
            for (Element element : document.select(LINK_ATTRIBUTES[i])) {
                URI link = resolve(base, element.attr(LINK_ATTRIBUTES[i + 1]));
                if (link != null) {
                    found.add(link);
                }
            }
        }
        return List.copyOf(found);
    }

    /** The URLs listed in the site's sitemaps: robots.txt {@code Sitemap:} lines and /sitemap.xml. */
    private List<URI> sitemapUrls(URI start) {
        Set<String> sitemaps = new LinkedHashSet<>(robotsFor(start).getSitemaps());
        sitemaps.add(start.resolve("/sitemap.xml").toString());
        Deque<String> pending = new ArrayDeque<>(sitemaps);
        Set<String> read = new HashSet<>();
        List<URI> urls = new ArrayList<>();
        SiteMapParser parser = new SiteMapParser(false, true);
        while (!pending.isEmpty() && read.size() < MAX_SITEMAPS) {
            String location = pending.poll();
            URI uri = parse(location);
            if (uri == null || !read.add(location) || !inScope(uri) || !robotsFor(uri).isAllowed(location)) {
                continue;
            }
            Fetch fetch = fetch(uri, null);
            if (!fetch.ok() || fetch.status() != 200) {
                continue;
            }
            try {
                AbstractSiteMap sitemap = parser.parseSiteMap(fetch.contentType(), Files.readAllBytes(fetch.body()), uri.toURL());
                if (sitemap instanceof SiteMapIndex index) {
                    for (AbstractSiteMap child : index.getSitemaps()) {
                        pending.add(child.getUrl().toString());
                    }
                } else if (sitemap instanceof SiteMap map) {
                    for (SiteMapURL entry : map.getSiteMapUrls()) {
                        URI listed = parse(entry.getUrl().toString());
                        if (listed != null) {
                            urls.add(listed);
                        }
                    }
                }
            } catch (IOException | crawlercommons.sitemaps.UnknownFormatException | RuntimeException e) {
                // A broken sitemap only loses its hints: the pages are still crawled through links.
            } finally {
                try {
                    Files.deleteIfExists(fetch.body());
                } catch (IOException ignored) {
                    // Removed with the crawl's temp directory.
                }
            }
        }
        return urls;
    }

    private BaseRobotRules robotsFor(URI uri) {
        return robots.computeIfAbsent(origin(uri), origin -> {
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            URI location = uri.resolve("/robots.txt");
            Fetch fetch = fetch(location, null);
            if (!fetch.ok()) {
                // Unreachable robots.txt: treated as a server error, which forbids crawling (RFC 9309).
                return parser.failedFetch(503);
            }
            if (fetch.status() != 200) {
                return parser.failedFetch(fetch.status());
            }
            try {
                return parser.parseContent(location.toString(), Files.readAllBytes(fetch.body()),
                        fetch.contentType() == null ? "text/plain" : fetch.contentType(),
                        List.of(CrawlSettings.ROBOT_NAME.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                return parser.failedFetch(503);
            } finally {
                try {
                    Files.deleteIfExists(fetch.body());
                } catch (IOException ignored) {
                    // Removed with the crawl's temp directory.
                }
            }
        });
    }

    /**
     * The wait between two requests to a host: the configured delay, or the host's robots.txt
     * Crawl-delay when that is longer (up to {@link #MAX_CRAWL_DELAY}).
     */
    Duration delayFor(String origin) {
        BaseRobotRules rules = robots.get(origin);
        if (rules == null || rules.getCrawlDelay() <= 0) {
            return settings.delay();
        }
        Duration asked = Duration.ofMillis(Math.min(rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()));
        return asked.compareTo(settings.delay()) > 0 ? asked : settings.delay();
    }

    /** One request, after waiting out the per-host delay. */
    private Fetch fetch(URI uri, CrawlState.Entry known) {
        String origin = origin(uri);
        Long last = lastRequest.get(origin);
        if (last != null) {
            long waitNanos = delayFor(origin).toNanos() - (System.nanoTime() - last);
            if (waitNanos > 0) {
                try {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Fetch.failed("interrupted");
                }
            }
        }
        try {
            return fetcher.get(uri, known);
        } finally {
            lastRequest.put(origin, System.nanoTime());
        }
    }

    private boolean inScope(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        return settings.scopePrefix() != null ? uri.toString().startsWith(settings.scopePrefix())
                : scopeOrigins.contains(origin(uri));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + uri.getPort();
    }

    private static URI resolve(URI base, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        try {
            return normalize(base.resolve(reference.strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static URI parse(String url) {
        try {
            return normalize(new URI(url));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Drops the fragment (same document) and gives an empty path its "/". */
    private static URI normalize(URI uri) {
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return uri;
            }
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path + query);
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
