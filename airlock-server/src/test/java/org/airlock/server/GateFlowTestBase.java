package org.airlock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airlock.generator.Scenario;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.submission.EncryptedFileStore;
import org.airlock.server.submission.InspectionQueue;
import org.airlock.server.submission.SubmissionRepository;
import org.airlock.server.submission.SubmissionState;
import org.airlock.server.system.AirlockProperties;
import org.junit.jupiter.api.BeforeAll;
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
 * The gate end to end over HTTP, on a real server with the demo users: the workflow of issue 7
 * (an ICE-style workbook held with its hidden sheet named, rejected; the clean statistics
 * workbook passed and published into the web root; the audit chain verifying), the four-eyes
 * rule, the privacy officer's override, refusals, tokens, release comparison and resuming after a
 * restart. Subclasses choose the database; the tests are the same on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GateFlowTestBase {

    static Path dataDir;
    static Path fixtures;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditLog audit;
    @Autowired
    AirlockProperties properties;
    @Autowired
    SubmissionRepository repository;
    @Autowired
    EncryptedFileStore store;
    @Autowired
    InspectionQueue queue;

    private final ObjectMapper json = new ObjectMapper();

    private static final List<String> DEMO_USERS = List.of("publisher", "approver", "privacy-officer", "auditor", "admin");
    private static final String CREATED_PASSWORD = "created-user-password";

    static Map<String, Object> commonProperties() throws IOException {
        dataDir = Files.createTempDirectory("airlock-server-test");
        return Map.of("airlock.data-dir", dataDir.toString(), "airlock.demo", "true",
                "airlock.inspection.sweep-millis", "300");
    }

    @BeforeAll
    static void writeFixtures() throws IOException {
        fixtures = Files.createTempDirectory("airlock-server-fixtures");
        Scenario.ICE_VERY_HIDDEN.write(fixtures, 300, 7);
        Scenario.AGGREGATE.write(fixtures, 7);
        Scenario.BUDGET.write(fixtures, 7);
        Scenario.CORRUPT.write(fixtures, 7);
    }

    @Test
    void iceWorkbookIsHeldRejectedAndTheCleanWorkbookIsPublished() throws Exception {
        JsonNode held = submitAndWait("publisher", "statistics/detention-fy2023.xlsx", Scenario.ICE_VERY_HIDDEN);
        assertThat(held.get("state").asText()).isIn("BLOCKED", "AWAITING_SIGNOFF");
        assertThat(held.get("persons").asLong()).isGreaterThanOrEqualTo(300);
        JsonNode findings = held.at("/files/0/result/findings");
        assertThat(findings).isNotEmpty();
        assertThat(findings.findValuesAsText("location")).anySatisfy(l -> assertThat(l).contains("Detainees"));
        assertThat(findings.findValues("hidden")).anySatisfy(h -> assertThat(h.asBoolean()).isTrue());
        assertThat(held.get("reasons").toString()).contains("Detainees");
        // Evidence is masked: no A-number from the file appears in full.
        assertThat(held.toString()).doesNotContainPattern("A\\d{9}");

        long heldId = held.get("id").asLong();
        assertThat(post("approver", "/api/v1/submissions/" + heldId + "/reject", Map.of("justification", "Detainee list must not be published"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("publisher", "/api/v1/submissions/" + heldId).get("state").asText()).isEqualTo("REJECTED");
        assertThat(post("publisher", "/api/v1/submissions/" + heldId + "/publish", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(properties.effectiveWebRoot().resolve("statistics/detention-fy2023.xlsx")).doesNotExist();

        JsonNode clean = submitAndWait("publisher", "statistics/detention-fy2023.xlsx", Scenario.AGGREGATE);
        assertThat(clean.get("state").asText()).isEqualTo("PASSED");
        assertThat(clean.get("verdict").asText()).isEqualTo("PASS");
        long cleanId = clean.get("id").asLong();
        ResponseEntity<String> published = post("publisher", "/api/v1/submissions/" + cleanId + "/publish", null);
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        Path onSite = properties.effectiveWebRoot().resolve("statistics/detention-fy2023.xlsx");
        assertThat(Files.readAllBytes(onSite)).isEqualTo(Files.readAllBytes(fixtures.resolve(Scenario.AGGREGATE.fileName())));

        JsonNode verify = get("auditor", "/api/v1/audit/verify");
        assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.get("entries").asLong()).isGreaterThanOrEqualTo(6);
        List<String> actions = audit.forSubmission(cleanId).stream().map(e -> e.action()).toList();
        assertThat(actions).containsSubsequence("SUBMIT", "INSPECT", "PUBLISH");
        assertThat(audit.forSubmission(heldId).stream().map(e -> e.action()).toList()).contains("REJECT");

        // Withdrawal takes the file off the site.
        assertThat(post("publisher", "/api/v1/submissions/" + cleanId + "/withdraw", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(onSite).doesNotExist();
    }

    @Test
    void aFileThatCannotBeInspectedAwaitsSignOffAndFourEyesApply() throws Exception {
        ensureUser("dual-role", List.of("PUBLISHER", "APPROVER"));
        JsonNode corrupt = submitAndWait("dual-role", "reports/board.xlsx", Scenario.CORRUPT);
        assertThat(corrupt.get("state").asText()).isEqualTo("AWAITING_SIGNOFF");
        assertThat(corrupt.at("/files/0/result/notInspected")).isNotEmpty();
        long id = corrupt.get("id").asLong();

        ResponseEntity<String> own = post("dual-role", "/api/v1/submissions/" + id + "/signoff", Map.of("justification", "I checked it myself"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody()).contains("four eyes");
        ResponseEntity<String> noReason = post("approver", "/api/v1/submissions/" + id + "/signoff", Map.of("justification", " "));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> signed = post("approver", "/api/v1/submissions/" + id + "/signoff",
                Map.of("justification", "Opened by hand: board figures only"));
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = json.readTree(signed.getBody());
        assertThat(after.get("state").asText()).isEqualTo("APPROVED");
        assertThat(after.at("/decision/by").asText()).isEqualTo("approver");
        assertThat(audit.forSubmission(id)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFUSED.name());
            assertThat(e.actor()).isEqualTo("dual-role");
        });
    }

    @Test
    void onlyAPrivacyOfficerOverridesBlockedAndSeesUnmaskedEvidence() throws Exception {
        JsonNode blocked = submitAndWait("publisher", "statistics/override.xlsx", Scenario.ICE_VERY_HIDDEN);
        assertThat(blocked.get("state").asText()).isEqualTo("BLOCKED");
        long id = blocked.get("id").asLong();
        assertThat(post("approver", "/api/v1/submissions/" + id + "/signoff", Map.of("justification", "Looks fine to me overall"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("approver", HttpMethod.GET, "/api/v1/submissions/" + id + "/evidence", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> evidence = exchange("privacy-officer", HttpMethod.GET, "/api/v1/submissions/" + id + "/evidence", null);
        assertThat(evidence.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(evidence.getBody()).containsPattern("A\\d{9}");
        assertThat(post("privacy-officer", "/api/v1/submissions/" + id + "/signoff",
                Map.of("justification", "Test data set agreed with the data owner")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.forSubmission(id).stream().map(e -> e.action()).toList())
                .contains("VIEW_UNMASKED_EVIDENCE", "SIGN_OFF");
    }

    @Test
    void refusalsAreRefusedAndAudited() throws Exception {
        ensureUser("other-publisher", List.of("PUBLISHER"));
        JsonNode mine = submitAndWait("publisher", "misc/budget-a.xlsx", Scenario.BUDGET);
        long id = mine.get("id").asLong();
        assertThat(exchange("other-publisher", HttpMethod.GET, "/api/v1/submissions/" + id, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("other-publisher", "/api/v1/submissions/" + id + "/publish", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("auditor", "misc/x.xlsx", Scenario.BUDGET).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("publisher", HttpMethod.GET, "/api/v1/audit/verify", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> traversal = upload("publisher", "../../etc/cron.d/evil", Scenario.BUDGET);
        assertThat(traversal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<String> wrongPassword = rest.withBasicAuth("publisher", "not-the-password")
                .getForEntity("/api/v1/submissions", String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        List<String> refusals = new ArrayList<>();
        audit.forEach(e -> {
            if (!e.outcome().equals("OK")) {
                refusals.add(e.actor() + " " + e.action() + " " + e.detail());
            }
        });
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("other-publisher REFUSED").contains("another user"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("auditor REFUSED").contains("POST /api/v1/submissions"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("publisher REFUSED").contains("target path"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).contains("LOGIN_FAILURE").contains("'publisher'"));
        assertThat(refusals).noneSatisfy(r -> assertThat(r).contains("not-the-password"));
    }

    @Test
    void apiTokensAuthenticateAndAreStoredHashed() throws Exception {
        ResponseEntity<String> issued = post("publisher", "/api/v1/tokens", Map.of("name", "pipeline"));
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String token = json.readTree(issued.getBody()).get("token").asText();
        assertThat(token).startsWith("alk_");
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<String> listed = rest.exchange("/api/v1/submissions", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        headers.setBearerAuth("alk_wrong");
        assertThat(rest.exchange("/api/v1/submissions", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        List<String> stored = new ArrayList<>();
        // The plaintext token is nowhere in the database.
        org.springframework.jdbc.core.simple.JdbcClient.create(dataSource).sql("select token_hash from api_token").query(String.class).list().forEach(stored::add);
        assertThat(stored).isNotEmpty().doesNotContain(token);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aChangeFromThePublishedReleaseNeedsReviewEvenWithoutFindings() throws Exception {
        JsonNode first = submitAndWait("publisher", "statistics/changing.xlsx", Scenario.AGGREGATE);
        assertThat(first.get("state").asText()).isEqualTo("PASSED");
        assertThat(post("publisher", "/api/v1/submissions/" + first.get("id").asLong() + "/publish", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // The budget passes on its own at a new path...
        assertThat(submitAndWait("publisher", "statistics/fresh-budget.xlsx", Scenario.BUDGET).get("state").asText()).isEqualTo("PASSED");
        // ...but replacing the published statistics with it adds a sheet the release did not have.
        JsonNode changed = submitAndWait("publisher", "statistics/changing.xlsx", Scenario.BUDGET);
        assertThat(changed.get("state").asText()).isEqualTo("AWAITING_SIGNOFF");
        assertThat(changed.at("/files/0/result/findings")).isEmpty();
        assertThat(changed.at("/files/0/result/changes").toString()).contains("New table").contains("Budget");
    }

    @Test
    void submissionsLeftMidInspectionAreResumed() throws Exception {
        // A submission a crashed server left in INSPECTING (written in one transaction, so the sweeper
        // never sees it half-made).
        EncryptedFileStore.Stored stored;
        try (var in = Files.newInputStream(fixtures.resolve(Scenario.ICE_VERY_HIDDEN.fileName()))) {
            stored = store.store(in);
        }
        long id = transaction.execute(status -> {
            long created = repository.create("publisher");
            repository.addFile(created, 0, "resumed/stats.xlsx", "stats.xlsx", stored.size(), stored.sha256(), stored.key());
            assertThat(repository.transition(created, SubmissionState.RECEIVED, SubmissionState.INSPECTING)).isTrue();
            return created;
        });
        queue.resume(); // what happens at start-up after a crash
        JsonNode done = waitForVerdict("publisher", id);
        assertThat(done.get("state").asText()).isEqualTo("BLOCKED");
        assertThat(done.at("/files/0/persons").asLong()).isEqualTo(300);
    }

    @Test
    void aSubmissionOfSeveralFilesTakesTheWorstVerdictAndKeepsTheirOrder() throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(fixtures.resolve(Scenario.AGGREGATE.fileName())));
        parts.add("target", "multi/summary.xlsx");
        parts.add("file", new FileSystemResource(fixtures.resolve(Scenario.ICE_VERY_HIDDEN.fileName())));
        parts.add("target", "multi/detail.xlsx");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = exchange("publisher", HttpMethod.POST, "/api/v1/submissions", new HttpEntity<>(parts, headers));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = waitForVerdict("publisher", json.readTree(response.getBody()).get("id").asLong());
        assertThat(done.get("state").asText()).isEqualTo("BLOCKED");
        assertThat(done.at("/files/0/target").asText()).isEqualTo("multi/summary.xlsx");
        assertThat(done.at("/files/0/verdict").asText()).isEqualTo("PASS");
        assertThat(done.at("/files/1/target").asText()).isEqualTo("multi/detail.xlsx");
        assertThat(done.at("/files/1/verdict").asText()).isEqualTo("BLOCK");

        parts.remove("target");
        parts.add("target", "multi/only-one-target.xlsx");
        assertThat(exchange("publisher", HttpMethod.POST, "/api/v1/submissions", new HttpEntity<>(parts, headers)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theApiIsDescribedAsOpenApi() throws Exception {
        ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = json.readTree(docs.getBody()).get("paths");
        assertThat(paths.has("/api/v1/submissions")).isTrue();
        assertThat(paths.has("/api/v1/submissions/{id}/signoff")).isTrue();
        assertThat(paths.has("/api/v1/audit/verify")).isTrue();
    }

    @Test
    void healthIsPublicAndMetricsAreForAdministrators() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("UP");
        assertThat(exchange("publisher", HttpMethod.GET, "/actuator/metrics", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("admin", HttpMethod.GET, "/actuator/metrics", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Autowired
    org.airlock.server.submission.RetentionPurge retention;

    @Test
    void retentionPurgesStoredUploadsOfFinishedSubmissionsOnly() throws Exception {
        long rejected = storedSubmission("retention/rejected.xlsx", SubmissionState.REJECTED);
        long waiting = storedSubmission("retention/waiting.xlsx", SubmissionState.AWAITING_SIGNOFF);
        Path rejectedCopy = dataDir.resolve("uploads").resolve(repository.files(rejected).get(0).storageKey());
        Path waitingCopy = dataDir.resolve("uploads").resolve(repository.files(waiting).get(0).storageKey());
        assertThat(rejectedCopy).exists();

        assertThat(retention.purgeOlderThan(java.time.OffsetDateTime.now().minusDays(1))).isZero();
        assertThat(rejectedCopy).exists();
        assertThat(retention.purgeOlderThan(java.time.OffsetDateTime.now().plusMinutes(1))).isPositive();
        assertThat(rejectedCopy).doesNotExist();
        assertThat(waitingCopy).exists();
        assertThat(audit.forSubmission(rejected)).anySatisfy(e -> assertThat(e.action()).isEqualTo("PURGE"));
        // The masked result and the decision stay readable.
        assertThat(get("approver", "/api/v1/submissions/" + rejected).get("state").asText()).isEqualTo("REJECTED");
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    /** A submission written straight into the database in the given state, in one transaction. */
    private long storedSubmission(String target, SubmissionState state) throws IOException {
        EncryptedFileStore.Stored stored;
        try (var in = Files.newInputStream(fixtures.resolve(Scenario.AGGREGATE.fileName()))) {
            stored = store.store(in);
        }
        return transaction.execute(status -> {
            long id = repository.create("publisher");
            repository.addFile(id, 0, target, "stats.xlsx", stored.size(), stored.sha256(), stored.key());
            assertThat(repository.decide(id, SubmissionState.RECEIVED, state, "approver", "set by the test")).isTrue();
            return id;
        });
    }

    // --- helpers ---

    JsonNode submitAndWait(String user, String target, Scenario scenario) throws Exception {
        ResponseEntity<String> response = upload(user, target, scenario);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("state").asText()).isIn("RECEIVED", "INSPECTING", "PASSED", "AWAITING_SIGNOFF", "BLOCKED");
        return waitForVerdict(user, body.get("id").asLong());
    }

    JsonNode waitForVerdict(String user, long id) throws Exception {
        // A bound on waiting, not a timing assertion: inspection runs in the background.
        for (int i = 0; i < 1200; i++) {
            JsonNode s = get(user, "/api/v1/submissions/" + id);
            String state = s.get("state").asText();
            if (!state.equals("RECEIVED") && !state.equals("INSPECTING")) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not inspected");
    }

    ResponseEntity<String> upload(String user, String target, Scenario scenario) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(fixtures.resolve(scenario.fileName())));
        parts.add("target", target);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return exchange(user, HttpMethod.POST, "/api/v1/submissions", new HttpEntity<>(parts, headers));
    }

    JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = exchange(user, HttpMethod.GET, path, null);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return exchange(user, HttpMethod.POST, path, new HttpEntity<>(body, headers));
    }

    ResponseEntity<String> exchange(String user, HttpMethod method, String path, HttpEntity<?> entity) {
        String password = DEMO_USERS.contains(user) ? "demo" : CREATED_PASSWORD;
        return rest.withBasicAuth(user, password).exchange(path, method, entity, String.class);
    }

    void ensureUser(String name, List<String> roles) {
        ResponseEntity<String> r = post("admin", "/api/v1/users", Map.of("username", name, "password", CREATED_PASSWORD, "roles", roles));
        assertThat(r.getStatusCode().value()).isIn(201, 409);
    }
}
