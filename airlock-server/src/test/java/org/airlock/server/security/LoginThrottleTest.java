package org.airlock.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.junit.jupiter.api.Test;

/** The lockout arithmetic on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final AuditLog audit = mock(AuditLog.class);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 10, Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1), 1000), audit, clock);

    @Test
    void anAccountIsLockedAtItsThresholdAndEachFurtherFailureDoublesTheLockout() {
        throttle.failed("alice", "10.0.0.1");
        throttle.failed("alice", "10.0.0.2");
        assertThat(throttle.lockedFor("alice", "10.0.0.3")).isEmpty();
        throttle.failed("ALICE", "10.0.0.3"); // user names are compared without case
        assertThat(throttle.lockedFor("alice", "10.0.0.9")).contains(Duration.ofSeconds(30));
        verify(audit).refused(eq("anonymous"), eq(AuditAction.LOGIN_LOCKED_OUT), any(), contains("'ALICE' locked out for 30 s"));

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.lockedFor("alice", null)).isEmpty();
        throttle.failed("alice", "10.0.0.4");
        assertThat(throttle.lockedFor("alice", null)).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(61));
        throttle.failed("alice", "10.0.0.4");
        assertThat(throttle.lockedFor("alice", null)).contains(Duration.ofSeconds(120));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(6));
            throttle.failed("alice", "10.0.0.4");
        }
        assertThat(throttle.lockedFor("alice", null)).contains(Duration.ofMinutes(5)); // capped
        // 13 lockouts: the first was audited under the name as typed (ALICE), the other 12 as alice.
        verify(audit, times(12)).refused(eq("anonymous"), eq(AuditAction.LOGIN_LOCKED_OUT), any(), contains("'alice'"));
    }

    @Test
    void unknownAndKnownNamesAreTreatedAlikeAndSuccessClearsOnlyTheName() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("no-such-user", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("no-such-user", null)).isPresent();
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");
        throttle.succeeded("bob");
        throttle.failed("bob", "10.0.0.1");
        assertThat(throttle.lockedFor("bob", null)).isEmpty();
        // The address has 6 failures; at 10 it is locked for every name, including a fresh one.
        for (int i = 0; i < 4; i++) {
            throttle.failed(null, "10.0.0.1");
        }
        assertThat(throttle.lockedFor("carol", "10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("carol", "10.0.0.2")).isEmpty();
    }

    @Test
    void oldFailuresAreForgotten() {
        throttle.failed("dave", null);
        throttle.failed("dave", null);
        clock.advance(Duration.ofHours(2));
        throttle.failed("dave", null);
        assertThat(throttle.lockedFor("dave", null)).isEmpty();
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T04:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
