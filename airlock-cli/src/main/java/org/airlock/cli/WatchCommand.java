package org.airlock.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.airlock.assess.Policy;
import org.airlock.extract.Location;
import org.airlock.fingerprint.FingerprintMatch;
import org.airlock.fingerprint.FingerprintMatcher;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.scan.ScanTarget;
import org.airlock.scan.Scanner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code airlock watch --fingerprints FILE SOURCE...}: looks for a protected dataset's records in
 * files, folders, web pages (and the same-site documents they link to) and WARC web archives, and
 * lists per source which records were found where: the notification team's list.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Looks for the records of a fingerprint registry in files, folders, http(s) URLs (a page and the",
            "same-site documents it links to) and WARC archives; lists record id, source, location and fields."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no record found", "1:internal error", "2:usage error", "3:records found (or a source could not be read)"})
final class WatchCommand implements Callable<Integer> {

    /** Output formats of the watch list. */
    enum Format { text, json, csv }

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, http(s) URLs or .warc/.warc.gz files.")
    List<String> sources;

    @Mixin
    FingerprintOptions fingerprints = new FingerprintOptions();

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the list to FILE instead of standard output.")
    Path output;

    @Option(names = "--depth", defaultValue = "1", description = "Links followed from a URL (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--max-pages", defaultValue = "100", description = "Documents fetched per URL source (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-bytes", defaultValue = "52428800", description = "Largest document fetched (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec
    CommandSpec spec;

    /** One line of the notification list. */
    record Sighting(String recordId, String source, String location, List<String> fields, String canaryExtract) {
    }

    private final List<Sighting> sightings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Inspector inspector;

    @Override
    public Integer call() throws Exception {
        if (fingerprints.registry == null) {
            throw new ExitCodes.UsageException("watch needs --fingerprints FILE");
        }
        FingerprintMatcher matcher = fingerprints.matcher();
        inspector = new Inspector(Policy.defaults(), LocalDate.now(), matcher);
        Path temp = Files.createTempDirectory("airlock-watch");
        try {
            for (String source : sources) {
                String lower = source.toLowerCase(Locale.ROOT);
                if (lower.startsWith("http://") || lower.startsWith("https://")) {
                    crawl(source, temp);
                } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
                    warc(source, Path.of(source), temp);
                } else {
                    for (ScanTarget target : Scanner.targets(List.of(Path.of(source)))) {
                        collect(source, inspector.inspect(target.file(), target.displayName()), target.displayName());
                    }
                }
            }
        } finally {
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        write(buffer);
        if (output == null) {
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            Files.write(output, buffer.toByteArray());
        }
        for (String problem : problems) {
            spec.commandLine().getErr().println("airlock: not inspected: " + problem);
        }
        return sightings.isEmpty() && problems.isEmpty() ? ExitCodes.PASS : ExitCodes.NEEDS_ATTENTION;
    }

    private void collect(String source, FileReport report, String document) {
        if (!report.notInspected().isEmpty()) {
            problems.add(document + " (" + report.notInspected().get(0).describe() + ")");
        }
        for (FingerprintMatch m : report.fingerprintMatches()) {
            for (Location where : m.locations()) {
                String location = where.describe();
                sightings.add(new Sighting(m.recordId(), source, document + (location.isEmpty() ? "" : " › " + location), m.fields(),
                        m.canaryExtract()));
            }
        }
    }

    /** Fetches a page and the same-site pages and documents it links to, breadth first, within limits. */
    private void crawl(String start, Path temp) throws IOException, InterruptedException {
        URI root = URI.create(start);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        Deque<URI> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        queue.add(root);
        depths.add(0);
        seen.add(root);
        int fetched = 0;
        while (!queue.isEmpty() && fetched < maxPages) {
            URI uri = queue.poll();
            int d = depths.poll();
            fetched++;
            HttpResponse<InputStream> response;
            try {
                response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                problems.add(uri + " (" + e.getClass().getSimpleName() + ")");
                continue;
            }
            Path file = temp.resolve("doc-" + fetched);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    problems.add(uri + " (HTTP " + response.statusCode() + ")");
                    continue;
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    problems.add(uri + " (larger than " + maxBytes + " bytes)");
                    continue;
                }
                Files.write(file, bytes);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            boolean html = type.contains("html");
            Path scanned = file;
            if (html) {
                // Airlock reads HTML as text: the page's visible text and attribute values go to the inspector.
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), uri.toString());
                scanned = Files.writeString(temp.resolve("doc-" + fetched + ".txt"), page.text() + "\n" + page.select("[title],[alt]")
                        .eachAttr("title") + "\n", StandardCharsets.UTF_8);
                if (d < depth) {
                    for (Element link : page.select("a[href], link[href], iframe[src], embed[src], object[data]")) {
                        String target = link.hasAttr("href") ? link.absUrl("href") : link.hasAttr("src") ? link.absUrl("src") : link.absUrl("data");
                        URI next = sameSite(root, target);
                        if (next != null && seen.add(next)) {
                            queue.add(next);
                            depths.add(d + 1);
                        }
                    }
                }
            }
            collect(start, inspector.inspect(scanned, uri.toString()), uri.toString());
        }
        if (!queue.isEmpty()) {
            problems.add(start + " (page limit " + maxPages + " reached; " + queue.size() + " linked documents not fetched)");
        }
    }

    private static URI sameSite(URI root, String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(target);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(root.getHost()) || uri.getPort() != root.getPort()) {
                return null;
            }
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null);
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Every HTTP 200 response in a WARC file is a document, named by its target URI. */
    private void warc(String source, Path file, Path temp) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        int n = 0;
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String target = response.target();
                try {
                    if (response.http().status() != 200) {
                        continue;
                    }
                    Path doc = temp.resolve("warc-" + (++n));
                    try (InputStream body = response.http().body().stream()) {
                        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                        if (bytes.length > maxBytes) {
                            problems.add(target + " in " + source + " (larger than " + maxBytes + " bytes)");
                            continue;
                        }
                        Files.write(doc, bytes);
                    }
                    MediaType type = response.http().contentType();
                    if (type != null && type.subtype().toLowerCase(Locale.ROOT).contains("html")) {
                        doc = Files.writeString(temp.resolve("warc-" + n + ".txt"),
                                Jsoup.parse(Files.readString(doc, StandardCharsets.UTF_8)).text(), StandardCharsets.UTF_8);
                    }
                    collect(source, inspector.inspect(doc, target), target);
                } catch (IOException | RuntimeException e) {
                    problems.add(target + " in " + source + " (" + e.getClass().getSimpleName() + ")");
                }
            }
        }
    }

    private void write(OutputStream out) throws IOException {
        switch (format) {
            case json -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeNumberField("records", sightings.stream().map(Sighting::recordId).distinct().count());
                    g.writeArrayFieldStart("sightings");
                    for (Sighting s : sightings) {
                        g.writeStartObject();
                        g.writeStringField("recordId", s.recordId());
                        g.writeStringField("source", s.source());
                        g.writeStringField("location", s.location());
                        g.writeArrayFieldStart("fields");
                        for (String f : s.fields()) {
                            g.writeString(f);
                        }
                        g.writeEndArray();
                        if (s.canaryExtract() != null) {
                            g.writeStringField("canaryExtract", s.canaryExtract());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("notInspected");
                    for (String p : problems) {
                        g.writeString(p);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.write('\n');
            }
            case csv -> {
                StringBuilder b = new StringBuilder("record_id,source,location,fields,canary_extract\n");
                for (Sighting s : sightings) {
                    b.append(csv(s.recordId())).append(',').append(csv(s.source())).append(',').append(csv(s.location())).append(',')
                            .append(csv(String.join("; ", s.fields()))).append(',').append(csv(s.canaryExtract() == null ? "" : s.canaryExtract()))
                            .append('\n');
                }
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                StringBuilder b = new StringBuilder();
                String current = null;
                for (Sighting s : sightings) {
                    if (!s.source().equals(current)) {
                        current = s.source();
                        b.append(current).append(":\n");
                    }
                    b.append("  ").append(s.recordId()).append("  ").append(s.location()).append("  [").append(String.join(", ", s.fields()))
                            .append(']').append(s.canaryExtract() == null ? "" : "  CANARY of extract '" + s.canaryExtract() + "'").append('\n');
                }
                b.append(sightings.stream().map(Sighting::recordId).distinct().count()).append(" record(s) found in ")
                        .append(sources.size()).append(" source(s)").append(problems.isEmpty() ? "" : "; " + problems.size() + " not inspected")
                        .append('\n');
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String csv(String v) {
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return safe.matches("[^\",\\n\\r]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
