package org.airlock.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per user name and per client address, and locks either out for a while
 * once it reaches its threshold: the first lockout lasts {@code firstLockout}, each failure after
 * it doubles the time, up to {@code maxLockout}. User names are counted whether they exist or
 * not, so the answers never tell which names are real. A success clears the user name's count,
 * not the address's (a valid account must not wipe an address that is guessing others). Kept in
 * memory: a restart forgives, which is acceptable for a delay meant to make guessing slow.
 */
@Service
public class LoginThrottle {

    private final LoginThrottleProperties settings;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Failures of one key; guarded by the map's per-key compute. */
    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    @Autowired
    public LoginThrottle(LoginThrottleProperties settings, AuditLog audit) {
        this(settings, audit, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties settings, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** How long the user name or the address is still locked out; empty when neither is. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, address)) {
            Failures f = key == null ? null : failures.get(key);
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Records a failed login (the user name is null for an unknown API token). */
    public void failed(String username, String address) {
        if (username != null && !username.isBlank()) {
            count(accountKey(username), settings.accountFailures(), "user name '" + printable(username) + "'");
        }
        if (address != null) {
            count(addressKey(address), settings.addressFailures(), "address " + printable(address));
        }
    }

    /** A successful login clears the user name's failures. */
    public void succeeded(String username) {
        if (username != null) {
            failures.remove(accountKey(username));
        }
    }

    private void count(String key, int threshold, String who) {
        Instant now = clock.instant();
        if (failures.size() >= settings.maxTracked() && !failures.containsKey(key)) {
            forgetOld(now);
            if (failures.size() >= settings.maxTracked()) {
                return; // full of fresh entries: still audited, not tracked (the address key usually is)
            }
        }
        Failures updated = failures.compute(key, (k, f) -> {
            int count = f == null || f.last().plus(settings.forgetAfter()).isBefore(now) && !locked(f, now) ? 1 : f.count() + 1;
            Instant until = count < threshold ? null : now.plus(lockout(count - threshold));
            return new Failures(count, now, until);
        });
        if (updated.lockedUntil() != null) {
            audit.refused("anonymous", AuditAction.LOGIN_LOCKED_OUT, null, who + " locked out for "
                    + Duration.between(now, updated.lockedUntil()).toSeconds() + " s after " + updated.count() + " failed logins");
        }
    }

    /** The lockout after {@code extra} failures beyond the threshold: doubled each time, capped. */
    Duration lockout(int extra) {
        Duration d = settings.firstLockout();
        for (int i = 0; i < extra && d.compareTo(settings.maxLockout()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : d;
    }

    private void forgetOld(Instant now) {
        failures.entrySet().removeIf(e -> !locked(e.getValue(), now) && e.getValue().last().plus(settings.forgetAfter()).isBefore(now));
    }

    private static boolean locked(Failures f, Instant now) {
        return f.lockedUntil() != null && f.lockedUntil().isAfter(now);
    }

    private static String[] keys(String username, String address) {
        return new String[] {username == null ? null : accountKey(username), address == null ? null : addressKey(address)};
    }

    private static String accountKey(String username) {
        return "user:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    /** A user name or address as the audit log may show it: at most 100 plain characters. */
    static String printable(String s) {
        String cut = s.length() > 100 ? s.substring(0, 100) : s;
        return cut.replaceAll("[^A-Za-z0-9._@:-]", "?");
    }
}
