package org.airlock.server.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.airlock.assess.Policy;
import org.airlock.assess.PolicyLoader;
import org.airlock.scan.Inspector;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.system.AirlockProperties;
import org.airlock.server.system.GateException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy in force and the inspector built from it. It starts as the newest version stored
 * through the API, else the configured {@code airlock.policy-file}, else the built-in defaults. A
 * replacement is parsed by the core's {@link PolicyLoader} before anything changes, stored, then
 * swapped in: inspections that start afterwards use it, one already running finishes with the
 * policy it started with. One server instance owns the policy (as it owns the audit chain).
 */
@Service
public class ActivePolicy {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final AtomicReference<InForce> current = new AtomicReference<>();

    /** A version and its inspector, swapped together. */
    private record InForce(PolicyVersion version, Inspector inspector) {
    }

    public ActivePolicy(JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction, AirlockProperties properties,
                        Policy configured) throws IOException {
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
        PolicyVersion start = stored().orElse(null);
        if (start == null) {
            Path file = properties.policyFile();
            start = file == null
                    ? new PolicyVersion("", PolicyVersion.sha256(""), configured, "built-in defaults", null, null, null)
                    : configuredFile(file, configured);
        }
        current.set(new InForce(start, new Inspector(start.policy(), LocalDate.now())));
    }

    private static PolicyVersion configuredFile(Path file, Policy configured) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new PolicyVersion(text, PolicyVersion.sha256(text), configured, "file " + file, null, null, null);
    }

    /** The newest stored version; a stored text that no longer parses stops the start rather than weakening the gate. */
    private java.util.Optional<PolicyVersion> stored() {
        return jdbc.sql("select yaml_text, sha256, changed_by, changed_at, justification from policy_version order by id desc limit 1")
                .query((rs, n) -> {
                    String yaml = rs.getString(1);
                    try {
                        return new PolicyVersion(yaml, rs.getString(2), parse(yaml), "api", rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant().toString(), rs.getString(5));
                    } catch (PolicyLoader.PolicyException e) {
                        throw new IllegalStateException("the stored policy no longer parses: " + e.getMessage(), e);
                    }
                }).optional();
    }

    /** The version in force. */
    public PolicyVersion version() {
        return current.get().version();
    }

    /** The inspector for the policy in force; take it once per inspection so one submission sees one policy. */
    public Inspector inspector() {
        return current.get().inspector();
    }

    /**
     * Replaces the policy: refused (400, nothing changed) when the text does not parse; otherwise
     * stored, put in force and audited with the SHA-256 of the old and the new text.
     */
    public synchronized PolicyVersion replace(String yaml, String justification, String actor) {
        Policy parsed;
        try {
            parsed = parse(yaml);
        } catch (PolicyLoader.PolicyException e) {
            throw GateException.badRequest("policy refused, the policy in force is unchanged: " + e.getMessage(), null);
        }
        PolicyVersion old = version();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PolicyVersion next = new PolicyVersion(yaml, PolicyVersion.sha256(yaml), parsed, "api", actor, now.toInstant().toString(),
                justification.strip());
        transaction.executeWithoutResult(status -> jdbc.sql(
                        "insert into policy_version (yaml_text, sha256, changed_by, justification, changed_at) values (?, ?, ?, ?, ?)")
                .params(next.yaml(), next.sha256(), actor, next.justification(), now).update());
        current.set(new InForce(next, new Inspector(parsed, LocalDate.now())));
        audit.record(actor, AuditAction.POLICY_CHANGED, null, "policy '" + parsed.name() + "' replaces '" + old.policy().name()
                + "'; old sha256 " + old.sha256() + " (" + old.source() + "); new sha256 " + next.sha256()
                + "; justification: " + next.justification());
        return next;
    }

    /**
     * Parses a policy text with the core's loader, which reads files: the text goes to a private
     * temporary file named {@code policy.yaml}, and the loader's messages name "the submitted policy"
     * instead of that file.
     */
    static Policy parse(String yaml) throws PolicyLoader.PolicyException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("airlock-policy");
            Path file = dir.resolve("policy.yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            try {
                return PolicyLoader.load(file);
            } catch (PolicyLoader.PolicyException e) {
                throw new PolicyLoader.PolicyException(e.getMessage().replace("policy " + file + ": ", "").replace(file.toString(),
                        "the submitted policy"), e);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a temporary policy file", e);
        } finally {
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a leftover empty temporary directory is harmless
                }
            }
        }
    }
}
