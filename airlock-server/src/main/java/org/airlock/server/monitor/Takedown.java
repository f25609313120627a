package org.airlock.server.monitor;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.publish.PublishingConnector;
import org.airlock.server.publish.TargetPath;
import org.airlock.server.submission.SubmissionFile;
import org.airlock.server.submission.SubmissionRepository;
import org.airlock.server.submission.SubmissionState;
import org.springframework.stereotype.Component;

/**
 * Takes an exposed file off the site when it was published through the connector: the URL,
 * relative to the monitor's {@code publishedBaseUrl}, is the file's target path in the web root,
 * and a PUBLISHED submission must hold that path. Only that file is withdrawn; the submission
 * becomes WITHDRAWN once none of its files is left on the site. Each takedown is audited with the
 * alert's id.
 */
@Component
public class Takedown {

    /** The actor recorded in the audit log for what the monitor does by itself. */
    static final String ACTOR = "monitor";

    /** What was done. */
    public record Outcome(Alert.Takedown takedown, String detail, Long submissionId) {
    }

    private final SubmissionRepository submissions;
    private final PublishingConnector connector;
    private final AuditLog audit;

    public Takedown(SubmissionRepository submissions, PublishingConnector connector, AuditLog audit) {
        this.submissions = submissions;
        this.connector = connector;
        this.audit = audit;
    }

    /** The file's target path in the web root, when the URL lies under the published base URL. */
    static Optional<TargetPath> targetOf(String url, String publishedBaseUrl) {
        if (publishedBaseUrl == null) {
            return Optional.empty();
        }
        try {
            URI base = URI.create(publishedBaseUrl);
            URI exposed = URI.create(url);
            if (exposed.getRawQuery() != null || !sameOrigin(base, exposed) || exposed.getPath() == null
                    || !exposed.getPath().startsWith(base.getPath())) {
                return Optional.empty();
            }
            return Optional.of(TargetPath.parse(exposed.getPath().substring(base.getPath().length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Decides, and when it applies withdraws, for a freshly opened alert. */
    public Outcome apply(Monitor monitor, long alertId, String url, String verdict) {
        if (!"BLOCK".equals(verdict)) {
            return new Outcome(Alert.Takedown.REVIEW_ONLY, "REVIEW: a person decides; not taken down automatically", null);
        }
        Optional<TargetPath> target = targetOf(url, monitor.publishedBaseUrl());
        Optional<SubmissionFile> published = target.flatMap(t -> submissions.publishedAt(t.value()));
        if (published.isEmpty()) {
            return new Outcome(Alert.Takedown.NOT_PUBLISHED_BY_AIRLOCK, target.isEmpty()
                    ? "not under the connector's web root (publishedBaseUrl)"
                    : "no published submission holds " + target.get().value(), null);
        }
        long submissionId = published.get().submissionId();
        if (!monitor.takedown()) {
            return new Outcome(Alert.Takedown.DISABLED, "published by submission " + submissionId
                    + "; takedown is off for this monitor", submissionId);
        }
        try {
            boolean removed = connector.withdraw(target.get());
            boolean allGone = true;
            List<SubmissionFile> files = submissions.files(submissionId);
            for (SubmissionFile file : files) {
                if (connector.publishedSize(TargetPath.parse(file.targetPath())).isPresent()) {
                    allGone = false;
                }
            }
            if (allGone) {
                submissions.transition(submissionId, SubmissionState.PUBLISHED, SubmissionState.WITHDRAWN);
            }
            String detail = (removed ? "withdrew " : "already gone from the web root: ") + target.get().value()
                    + " (submission " + submissionId + (allGone ? ", now WITHDRAWN" : "") + ")";
            audit.record(ACTOR, AuditAction.TAKEDOWN, submissionId, "alert " + alertId + ": " + detail + " at " + url);
            return new Outcome(Alert.Takedown.WITHDRAWN, detail, submissionId);
        } catch (IOException | IllegalArgumentException e) {
            audit.refused(ACTOR, AuditAction.TAKEDOWN, submissionId, "alert " + alertId + ": withdrawing "
                    + target.get().value() + " failed: " + e.getClass().getSimpleName());
            return new Outcome(Alert.Takedown.WITHDRAW_FAILED, "withdrawing " + target.get().value() + " failed: "
                    + e.getClass().getSimpleName() + "; remove it by hand", submissionId);
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
