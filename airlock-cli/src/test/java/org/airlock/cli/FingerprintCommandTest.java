package org.airlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airlock.generator.Person;
import org.airlock.generator.PeopleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

class FingerprintCommandTest {

    @TempDir
    static Path dir;
    static List<Person> people;
    static Path registry;
    static Path keyFile;

    private static final class Run {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        int code;
    }

    private static Run run(String... args) {
        Run run = new Run();
        CommandLine line = AirlockCommand.commandLine();
        line.setOut(new PrintWriter(run.out));
        line.setErr(new PrintWriter(run.err));
        run.code = line.execute(args);
        return run;
    }

    static String caseId(int i) {
        return "CASE-" + (10_000 + i);
    }

    @BeforeAll
    static void build() throws IOException {
        people = new PeopleGenerator(11).people(500);
        StringBuilder csv = new StringBuilder("Case ID,Family Name,Given Name,Date of Birth,A-Number\n");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            csv.append(caseId(i)).append(",\"").append(p.familyName()).append("\",\"").append(p.givenName()).append("\",")
                    .append(p.dateOfBirth()).append(',').append(p.aNumber()).append('\n');
        }
        Path export = Files.writeString(dir.resolve("export.csv"), csv);
        keyFile = Files.writeString(dir.resolve("key"), "cli-test-key-0123456789abcdef\n");
        registry = dir.resolve("reg.afp");
        Run run = run("fingerprint", "build", export.toString(), "--id", "Case ID", "--fields",
                "Given Name+Family Name,Date of Birth,A-Number", "--name", "detainees", "-o", registry.toString(),
                "--key-file", keyFile.toString());
        assertThat(run.code).as(run.err.toString()).isZero();
        assertThat(run.out.toString()).contains("500 records");
    }

    private static String line(Person p) {
        return p.familyName().toUpperCase() + ", " + p.givenName() + " born " + p.dateOfBirth() + " " + p.aNumber();
    }

    @Test
    void scanWithFingerprintsListsTheRecordIdsInTheJsonReport() throws IOException {
        Path paste = Files.writeString(dir.resolve("paste.txt"), line(people.get(3)) + "\n\n" + line(people.get(77)) + "\n");
        Run run = run("scan", "--fingerprints", registry.toString(), "--key-file", keyFile.toString(), "--format", "json",
                "--no-progress", paste.toString());
        assertThat(run.code).isEqualTo(3);
        JsonNode file = new ObjectMapper().readTree(run.out.toString()).get("files").get(0);
        Set<String> ids = new HashSet<>();
        file.get("fingerprintMatches").forEach(m -> ids.add(m.get("recordId").asText()));
        assertThat(ids).containsExactlyInAnyOrder(caseId(3), caseId(77));
        assertThat(file.get("verdict").asText()).isEqualTo("BLOCK");
    }

    @Test
    void aWrongKeyIsAUsageError() throws IOException {
        Path other = Files.writeString(dir.resolve("other-key"), "some-other-key-0123456789");
        Path paste = Files.writeString(dir.resolve("p.txt"), "hello");
        Run run = run("scan", "--fingerprints", registry.toString(), "--key-file", other.toString(), paste.toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err.toString()).contains("does not match");
    }

    @Test
    void watchFindsRecordsInAFolderAWebSiteAndAWarcArchive() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(folder.resolve("notes.txt"), "Minutes of the meeting, nothing personal.\n");
        Files.writeString(folder.resolve("leak.txt"), line(people.get(10)) + "\n");

        String table = "name;dob;anum\n" + people.get(20).fullName() + ";" + people.get(20).dateOfBirth() + ";" + people.get(20).aNumber() + "\n";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, String> pages = Map.of(
                "/", "<html><body><p>Welcome</p><a href=\"/data/list.csv\">list</a> <a href=\"/about.html\">about</a>"
                        + " <a href=\"http://example.invalid/other\">elsewhere</a></body></html>",
                "/about.html", "<html><body><p>" + line(people.get(30)) + "</p></body></html>",
                "/data/list.csv", table);
        server.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", exchange.getRequestURI().getPath().endsWith(".csv") ? "text/csv" : "text/html");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        Path warc = dir.resolve("archive.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            byte[] page = ("<html><body>" + line(people.get(40)) + "</body></html>").getBytes(StandardCharsets.UTF_8);
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, page).build();
            writer.write(new WarcResponse.Builder(URI.create("http://archived.example/page")).date(Instant.now()).body(http).build());
        }
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Run run = run("watch", "--fingerprints", registry.toString(), "--key-file", keyFile.toString(), "--format", "csv",
                    folder.toString(), url, warc.toString());
            assertThat(run.code).as(run.err.toString()).isEqualTo(3);
            List<String> rows = run.out.toString().lines().toList();
            assertThat(rows.get(0)).isEqualTo("record_id,source,location,fields,canary_extract");
            Set<String> ids = new HashSet<>();
            rows.stream().skip(1).forEach(r -> ids.add(r.substring(0, r.indexOf(','))));
            assertThat(ids).containsExactlyInAnyOrder(caseId(10), caseId(20), caseId(30), caseId(40));
            assertThat(run.out.toString()).contains(url + "data/list.csv", url + "about.html", "http://archived.example/page", "leak.txt")
                    .doesNotContain("notes.txt", "example.invalid");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void canariesAreRegisteredAndASightingNamesTheExtract() throws IOException {
        Path copy = Files.copy(registry, dir.resolve("with-canaries.afp"));
        Path rows = dir.resolve("canaries.csv");
        Run made = run("fingerprint", "canaries", "--count", "5", "--extract", "export-2026-11-ice", "-r", copy.toString(),
                "--id", "Case ID", "-o", rows.toString(), "--seed", "99", "--key-file", keyFile.toString());
        assertThat(made.code).as(made.err.toString()).isZero();
        List<String> lines = Files.readAllLines(rows);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("Case ID,Given Name,Family Name,Date of Birth,A-Number");
        String[] canary = lines.get(2).split(",");
        Path paste = Files.writeString(dir.resolve("canary-paste.txt"),
                canary[2] + ", " + canary[1] + " - " + canary[3] + " - " + canary[4] + "\n");
        Run run = run("watch", "--fingerprints", copy.toString(), "--key-file", keyFile.toString(), "--format", "json", paste.toString());
        JsonNode sightings = new ObjectMapper().readTree(run.out.toString()).get("sightings");
        assertThat(sightings).hasSize(1);
        assertThat(sightings.get(0).get("recordId").asText()).isEqualTo(canary[0]);
        assertThat(sightings.get(0).get("canaryExtract").asText()).isEqualTo("export-2026-11-ice");
    }

    @Test
    void removeTakesARecordOut() throws IOException {
        Path copy = Files.copy(registry, dir.resolve("removing.afp"));
        assertThat(run("fingerprint", "remove", caseId(3), "-r", copy.toString(), "--key-file", keyFile.toString()).code).isZero();
        Path paste = Files.writeString(dir.resolve("removed.txt"), line(people.get(3)) + "\n");
        Run run = run("watch", "--fingerprints", copy.toString(), "--key-file", keyFile.toString(), paste.toString());
        assertThat(run.code).isZero();
        assertThat(run.out.toString()).contains("0 record(s) found");
    }
}
