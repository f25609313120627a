package org.airlock.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lockout after failed logins ({@code airlock.login.*}, docs/server.md).
 *
 * @param accountFailures failed logins for one user name before it is locked
 * @param addressFailures failed logins from one address before it is locked (higher: several
 *     people may share an address behind a proxy)
 * @param firstLockout how long the first lockout lasts; each further failure doubles it
 * @param maxLockout the longest lockout
 * @param forgetAfter failures older than this (with no lockout running) are forgotten
 * @param maxTracked the most user names and addresses remembered at once (a bound on memory
 *     when many different names are tried)
 */
@ConfigurationProperties("airlock.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("30s") Duration firstLockout,
        @DefaultValue("15m") Duration maxLockout,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("100000") int maxTracked) {
}
