package org.airlock.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.airlock.server.audit.AuditLog;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lockout over real HTTP: HTTP Basic for an existing and an unknown user (the same answers),
 * the doubled second lockout, and an address locked by unknown API tokens. Short lockouts keep
 * the waits short; the waits are bounded polls, not timing assertions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginLockoutFlowTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditLog audit;
    @Autowired
    LoginThrottle throttle;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("airlock-lockout-test").toString();
        registry.add("airlock.data-dir", () -> data);
        registry.add("airlock.demo", () -> "true");
        registry.add("airlock.login.account-failures", () -> "3");
        registry.add("airlock.login.address-failures", () -> "10");
        registry.add("airlock.login.first-lockout", () -> "2s");
    }

    @Test
    @Order(1)
    void repeatedWrongPasswordsLockTheNameWithTheSameAnswerForUnknownNames() throws Exception {
        for (String user : List.of("approver", "no-such-user")) {
            for (int i = 0; i < 3; i++) {
                assertThat(basic(user, "wrong password " + i).getStatusCode()).as(user).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
            ResponseEntity<String> locked = basic(user, user.equals("approver") ? "demo" : "any");
            assertThat(locked.getStatusCode().value()).as(user).isEqualTo(429);
            assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isBetween(1L, 2L);
            assertThat(locked.getBody()).contains("too many failed logins").doesNotContain(user);
        }
        // Another name from the same address is not locked.
        assertThat(basic("auditor", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);

        // After the lockout the right password works again; one more failure locks for twice as long.
        awaitUnlocked("approver");
        assertThat(basic("approver", "wrong again").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> second = basic("approver", "demo");
        assertThat(second.getStatusCode().value()).isEqualTo(429);
        assertThat(Long.parseLong(second.getHeaders().getFirst("Retry-After"))).isBetween(3L, 4L);
        awaitUnlocked("approver");
        assertThat(basic("approver", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);

        List<String> entries = new ArrayList<>();
        audit.forEach(e -> entries.add(e.action() + " " + e.outcome() + " " + e.detail()));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("LOGIN_LOCKED_OUT REFUSED user name 'approver' locked out for 2 s"));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("LOGIN_LOCKED_OUT REFUSED user name 'approver' locked out for 4 s"));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("LOGIN_LOCKED_OUT REFUSED user name 'no-such-user'"));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("LOGIN_FAILURE REFUSED login refused while locked out").contains("for user name 'approver'"));
        assertThat(entries.stream().filter(e -> e.startsWith("LOGIN_FAILURE REFUSED login failed for user name 'approver'"))).hasSize(4);
        assertThat(entries).noneSatisfy(e -> assertThat(e).contains("wrong password"));
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    @Order(2)
    void unknownApiTokensLockTheAddressForEveryLogin() {
        // The first test left 7 failures from this address; the threshold is 10.
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth("alk_not-a-token");
        int unauthorized = 0;
        ResponseEntity<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = rest.exchange("/api/v1/submissions", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            if (last.getStatusCode().value() == 429) {
                break;
            }
            unauthorized++;
        }
        assertThat(unauthorized).isEqualTo(3);
        assertThat(last.getHeaders().getFirst("Retry-After")).isNotNull();
        // Now even a correct password from this address waits.
        assertThat(basic("publisher", "demo").getStatusCode().value()).isEqualTo(429);
        List<String> entries = new ArrayList<>();
        audit.forEach(e -> entries.add(e.action() + " " + e.detail()));
        assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("LOGIN_LOCKED_OUT address 127.0.0.1 locked out"));
    }

    private void awaitUnlocked(String user) throws InterruptedException {
        for (int i = 0; i < 100 && throttle.lockedFor(user, null).isPresent(); i++) {
            Thread.sleep(100);
        }
        assertThat(throttle.lockedFor(user, null)).isEmpty();
    }

    private ResponseEntity<String> basic(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/api/v1/submissions", String.class);
    }
}
