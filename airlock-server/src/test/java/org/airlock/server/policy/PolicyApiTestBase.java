package org.airlock.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airlock.assess.Policy;
import org.airlock.generator.Scenario;
import org.airlock.server.audit.AuditEntry;
import org.airlock.server.audit.AuditLog;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The policy replaced through the API: only administrators and privacy officers, refused when it
 * does not parse (the old one stays), used by the next inspection, audited with the hashes.
 * Subclasses choose the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PolicyApiTestBase {

    /** Blocks nothing outright, so a detainee list needs sign-off instead of being BLOCKED. */
    private static final String REVIEW_ONLY = """
            name: review-only
            block:
              persons-at-least: 1000000
              categories: []
              hidden-records: false
            """;

    static Path fixtures;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditLog audit;
    @Autowired
    ActivePolicy active;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AirlockProperties properties;
    @Autowired
    Policy configured;

    private final ObjectMapper json = new ObjectMapper();

    static void commonProperties(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("airlock-policy-test");
        registry.add("airlock.data-dir", data::toString);
        registry.add("airlock.demo", () -> "true");
    }

    @BeforeAll
    static void writeFixtures() throws IOException {
        fixtures = Files.createTempDirectory("airlock-policy-fixtures");
        Scenario.ICE_VERY_HIDDEN.write(fixtures, 300, 7);
    }

    @Test
    void onlyAdministratorsAndPrivacyOfficersSeeOrReplaceThePolicy() throws Exception {
        long versions = jdbc.sql("select count(*) from policy_version").query(Long.class).single();
        for (String user : List.of("publisher", "approver", "auditor")) {
            assertThat(exchange(user, HttpMethod.GET, null).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(put(user, REVIEW_ONLY, "I would like a softer policy").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String user : List.of("admin", "privacy-officer")) {
            ResponseEntity<String> seen = exchange(user, HttpMethod.GET, null);
            assertThat(seen.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(seen.getBody()).get("sha256").asText()).hasSize(64);
        }
        List<String> refused = new ArrayList<>();
        audit.forEach(e -> {
            if (e.outcome().equals("REFUSED") && e.detail().contains("/api/v1/policy")) {
                refused.add(e.actor());
            }
        });
        assertThat(refused).contains("publisher", "approver", "auditor");
        assertThat(jdbc.sql("select count(*) from policy_version").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void aPolicyThatDoesNotParseIsRefusedWithTheLoadersMessageAndTheOldOneStays() throws Exception {
        String before = json.readTree(exchange("admin", HttpMethod.GET, null).getBody()).get("sha256").asText();
        ResponseEntity<String> bad = put("privacy-officer", "block:\n  persons-at-least: many\n", "Raise the threshold for the audit");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("key 'block.persons-at-least'").contains("in force is unchanged")
                .doesNotContain("/tmp");
        ResponseEntity<String> unknownKey = put("privacy-officer", "blok:\n  persons-at-least: 5\n", "Typo in the key name here");
        assertThat(unknownKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownKey.getBody()).contains("blok");
        assertThat(put("privacy-officer", REVIEW_ONLY, "short").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(exchange("admin", HttpMethod.GET, null).getBody()).get("sha256").asText()).isEqualTo(before);
    }

    @Test
    void aReplacedPolicyDecidesTheNextInspectionAndTheChangeIsAudited() throws Exception {
        String old = active.version().sha256();
        assertThat(submitAndWait("statistics/before.xlsx").get("state").asText()).isEqualTo("BLOCKED");

        ResponseEntity<String> changed = put("privacy-officer", REVIEW_ONLY, "Detention statistics go to sign-off, not block");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(changed.getBody());
        assertThat(body.get("name").asText()).isEqualTo("review-only");
        assertThat(body.get("changedBy").asText()).isEqualTo("privacy-officer");
        assertThat(body.get("sha256").asText()).isEqualTo(PolicyVersion.sha256(REVIEW_ONLY));

        assertThat(submitAndWait("statistics/after.xlsx").get("state").asText()).isEqualTo("AWAITING_SIGNOFF");

        List<AuditEntry> changes = new ArrayList<>();
        audit.forEach(e -> {
            if (e.action().equals("POLICY_CHANGED")) {
                changes.add(e);
            }
        });
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).actor()).isEqualTo("privacy-officer");
        assertThat(changes.get(0).detail()).contains("old sha256 " + old).contains("new sha256 " + PolicyVersion.sha256(REVIEW_ONLY))
                .contains("justification: Detention statistics go to sign-off, not block");
        assertThat(audit.verify().valid()).isTrue();

        // A restarted server starts with the stored policy, not the configured one.
        ActivePolicy restarted = new ActivePolicy(jdbc, audit, transaction, properties, configured);
        assertThat(restarted.version().policy().name()).isEqualTo("review-only");
        assertThat(restarted.version().justification()).isEqualTo("Detention statistics go to sign-off, not block");
    }

    private JsonNode submitAndWait(String target) throws Exception {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new FileSystemResource(fixtures.resolve(Scenario.ICE_VERY_HIDDEN.fileName())));
        parts.add("target", target);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> submitted = rest.withBasicAuth("publisher", "demo")
                .exchange("/api/v1/submissions", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long id = json.readTree(submitted.getBody()).get("id").asLong();
        // One request that waits for the verdict (GET ?wait=), no polling.
        JsonNode s = json.readTree(rest.withBasicAuth("publisher", "demo").getForObject("/api/v1/submissions/" + id + "?wait=60", String.class));
        assertThat(s.get("state").asText()).isNotIn("RECEIVED", "INSPECTING");
        return s;
    }

    private ResponseEntity<String> put(String user, String yaml, String justification) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return exchange(user, HttpMethod.PUT, new HttpEntity<>(Map.of("yaml", yaml, "justification", justification), headers));
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, HttpEntity<?> entity) {
        return rest.withBasicAuth(user, "demo").exchange("/api/v1/policy", method, entity, String.class);
    }
}
