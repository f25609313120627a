package org.airlock.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.crawl.CrawlResult;
import org.airlock.crawl.CrawlSettings;
import org.airlock.crawl.CrawlState;
import org.airlock.crawl.Crawler;
import org.airlock.report.ScanReport;
import org.airlock.scan.Inspector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airlock crawl URL...}: crawl a public site and inspect every document it serves. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Crawls a website (start URLs, sitemaps, links within the scope, as robots.txt allows) and",
            "inspects every document like 'scan', reporting a verdict per URL. See docs/crawl.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every URL PASS",
            "1:internal error",
            "2:usage error (bad URL, bad option, bad policy)",
            "3:at least one URL is REVIEW or BLOCK (unchanged URLs count with their last verdict)"})
final class CrawlCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Start URLs (http or https).")
    List<String> urls;

    @Option(names = "--scope", paramLabel = "PREFIX", description = "Fetch only URLs starting with PREFIX (default: the start URLs' hosts).")
    String scope;

    @Option(names = "--max-pages", paramLabel = "N", description = "Requests for documents at most (default: ${DEFAULT-VALUE}).")
    int maxPages = 1_000;

    @Option(names = "--max-depth", paramLabel = "N", description = "Link hops from a start URL at most (default: ${DEFAULT-VALUE}).")
    int maxDepth = 10;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Bytes per document at most; larger ones are stopped and REVIEW (default: ${DEFAULT-VALUE}).")
    long maxBytes = 100L * 1024 * 1024;

    @Option(names = "--delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time between two requests to one host (default: 500ms).")
    Duration delay = Duration.ofMillis(500);

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time to connect (default: 10s).")
    Duration connectTimeout = Duration.ofSeconds(10);

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time for an answer's headers, and again for its body (default: 30s).")
    Duration readTimeout = Duration.ofSeconds(30);

    @Option(names = "--max-redirects", paramLabel = "N", description = "Redirects followed per URL (default: ${DEFAULT-VALUE}).")
    int maxRedirects = 5;

    @Option(names = "--state", paramLabel = "FILE", description = "Incremental state (JSON): re-crawls send conditional requests and skip what did not change.")
    Path stateFile;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Crawl again after each DURATION (for example 30m), until stopped.")
    Duration every;

    @CommandLine.Mixin
    ReportOptions reporting = new ReportOptions();

    @CommandLine.Mixin
    FingerprintOptions fingerprints = new FingerprintOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<URI> starts = new ArrayList<>();
        for (String url : urls) {
            starts.add(startUrl(url));
        }
        if (maxPages < 1 || maxDepth < 0 || maxBytes < 1 || maxRedirects < 0) {
            throw new ExitCodes.UsageException("--max-pages and --max-bytes must be 1 or more, --max-depth and --max-redirects 0 or more");
        }
        if (every != null && (every.isNegative() || every.isZero())) {
            throw new ExitCodes.UsageException("--every must be a positive duration");
        }
        Policy policy = reporting.policy();
        CrawlSettings settings = new CrawlSettings(scope, maxPages, maxDepth, maxBytes, delay, connectTimeout, readTimeout,
                maxRedirects, CrawlSettings.userAgent(Version.current()));
        CrawlState state = CrawlState.load(stateFile);
        reporting.warnIfUnmasked(spec);
        while (true) {
            Crawler crawler = new Crawler(new Inspector(policy, LocalDate.now(), fingerprints.matcher()), settings, state);
            CrawlResult result = crawler.crawl(starts, () -> save(state));
            save(state);
            write(new ScanReport(Version.current(), policy.name(), reporting.unmask, result.reports()));
            spec.commandLine().getErr().printf("airlock: crawl: %s; verdict %s (%d BLOCK, %d REVIEW inspected now; %d unchanged kept their verdict)%n",
                    result.summary(), result.worst(), count(result, Verdict.BLOCK), count(result, Verdict.REVIEW), result.unchanged().size());
            if (every == null) {
                return result.worst() == Verdict.PASS ? ExitCodes.PASS : ExitCodes.NEEDS_ATTENTION;
            }
            spec.commandLine().getErr().printf("airlock: next crawl in %s%n", every.toString().substring(2).toLowerCase(Locale.ROOT));
            Thread.sleep(every.toMillis());
        }
    }

    private static long count(CrawlResult result, Verdict verdict) {
        return result.reports().stream().filter(r -> r.verdict() == verdict).count();
    }

    private static URI startUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Reported below as a usage error.
        }
        throw new ExitCodes.UsageException(url + ": not an http or https URL");
    }

    private void save(CrawlState state) {
        if (stateFile == null) {
            return;
        }
        try {
            state.save(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ScanReport report) throws IOException {
        Path written = reporting.write(report, spec);
        if (written != null) {
            spec.commandLine().getErr().printf("airlock: report written to %s%n", written);
        }
    }

    /** "500ms", "30s", "5m", "2h", "1d" or ISO-8601 ("PT30S"). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            try {
                if (v.startsWith("p")) {
                    return Duration.parse(value.strip());
                }
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new CommandLine.TypeConversionException("not a duration: " + value + " (use 500ms, 30s, 5m, 2h, 1d)");
                };
            } catch (RuntimeException e) {
                if (e instanceof CommandLine.TypeConversionException t) {
                    throw t;
                }
                throw new CommandLine.TypeConversionException("not a duration: " + value + " (use 500ms, 30s, 5m, 2h, 1d)");
            }
        }
    }
}
