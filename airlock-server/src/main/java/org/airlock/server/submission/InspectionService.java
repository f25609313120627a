package org.airlock.server.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.server.policy.ActivePolicy;
import org.airlock.report.Mask;
import org.airlock.server.audit.AuditAction;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.review.FileShape;
import org.airlock.server.review.ReleaseComparison;
import org.airlock.server.system.AirlockProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Inspects one submission: each stored file is decrypted to a private temporary file, inspected
 * by the core, compared with the release published at the same path, and the submission is routed
 * by its worst verdict: PASS → PASSED, REVIEW → AWAITING_SIGNOFF, BLOCK → BLOCKED. Whatever goes
 * wrong, a submission never reaches PASSED without a complete inspection.
 */
@Service
public class InspectionService {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionService.class);

    private final SubmissionRepository submissions;
    private final EncryptedFileStore store;
    private final ActivePolicy policy;
    private final ReleaseComparison comparison;
    private final AuditLog audit;
    private final InspectionEvents events;
    private final ObjectMapper json;
    private final Path tempDir;

    public InspectionService(SubmissionRepository submissions, EncryptedFileStore store, ActivePolicy policy,
                             ReleaseComparison comparison, AuditLog audit, ObjectMapper json, AirlockProperties properties,
                             InspectionEvents events) {
        this.events = events;
        this.submissions = submissions;
        this.store = store;
        this.policy = policy;
        this.comparison = comparison;
        this.audit = audit;
        this.json = json;
        this.tempDir = properties.dataDir().resolve("tmp");
    }

    /** Inspects the submission if it is waiting (RECEIVED); does nothing if another worker has it. */
    public void inspect(long id) {
        if (!submissions.transition(id, SubmissionState.RECEIVED, SubmissionState.INSPECTING)) {
            return;
        }
        // One policy for the whole submission, even if it is replaced meanwhile.
        Inspector inspector = policy.inspector();
        String policyUsed = policy.version().policy().name() + "' sha256 " + policy.version().sha256().substring(0, 12);
        Verdict worst = Verdict.PASS;
        long persons = 0;
        try {
            List<SubmissionFile> files = submissions.files(id);
            if (files.isEmpty()) {
                worst = Verdict.REVIEW; // nothing was inspected, so nothing may pass
            }
            for (SubmissionFile file : files) {
                FileResult result = inspectFile(file, inspector);
                submissions.storeResult(file.id(), result.verdict(), result.persons(), json.writeValueAsString(result));
                worst = worst.max(Verdict.valueOf(result.verdict()));
                persons += result.persons();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // Not expected; the submission is held for a person rather than passed.
            LOG.error("inspection of submission {} failed: {}", id, e.getClass().getSimpleName());
            worst = worst.max(Verdict.REVIEW);
        }
        SubmissionState routed = switch (worst) {
            case PASS -> SubmissionState.PASSED;
            case REVIEW -> SubmissionState.AWAITING_SIGNOFF;
            case BLOCK -> SubmissionState.BLOCKED;
        };
        if (submissions.finishInspection(id, routed, worst.name(), persons)) {
            audit.record("airlock", AuditAction.INSPECT, id, "INSPECTED: verdict " + worst + ", " + persons
                    + " persons; routed to " + routed + "; policy '" + policyUsed);
        }
        events.finished(id);
    }

    private FileResult inspectFile(SubmissionFile file, Inspector inspector) {
        Path temp = null;
        try {
            temp = store.decryptToTemp(file.storageKey(), tempDir, suffix(file.originalName()));
            FileReport report = inspector.inspect(temp, file.targetPath());
            List<String> changes = compareWithPublished(file, temp, inspector);
            return toResult(report, changes);
        } catch (IOException | RuntimeException e) {
            return unreadable("The stored copy could not be read back for inspection (" + e.getClass().getSimpleName()
                    + "); a person must check this file.");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("could not delete a temporary inspection file");
                }
            }
        }
    }

    private List<String> compareWithPublished(SubmissionFile file, Path submitted, Inspector inspector) throws IOException {
        Optional<SubmissionFile> published = submissions.publishedAt(file.targetPath());
        if (published.isEmpty() || published.get().submissionId() == file.submissionId()) {
            return List.of();
        }
        Path old = store.decryptToTemp(published.get().storageKey(), tempDir, suffix(published.get().originalName()));
        try {
            return comparison.compare(FileShape.of(submitted, inspector.policy()), FileShape.of(old, inspector.policy()));
        } finally {
            Files.deleteIfExists(old);
        }
    }

    /** Builds the stored result: evidence masked; comparison differences raise PASS to REVIEW. */
    static FileResult toResult(FileReport report, List<String> changes) {
        Verdict verdict = report.verdict();
        List<String> reasons = new ArrayList<>(report.reasons());
        if (!changes.isEmpty()) {
            verdict = verdict.max(Verdict.REVIEW);
            reasons.add("Changed from the published release: " + String.join(" ", changes));
        }
        List<FileResult.Finding> findings = report.findings().stream().map(f -> new FileResult.Finding(
                f.type().id(), f.category().name(), f.location().describe(), f.visibility().name(), f.visibility().hidden(),
                f.confidence().name(), f.count(), Mask.mask(f.type(), f.sample()), f.explanation())).toList();
        List<FileResult.Hidden> hidden = report.hiddenPlaces().stream().map(h -> new FileResult.Hidden(
                h.kind().name(), h.kind().description(), h.location().describe(), h.count())).toList();
        List<FileResult.NotInspected> failures = report.notInspected().stream().map(f -> new FileResult.NotInspected(
                f.kind().name(), f.location().describe(), f.describe())).toList();
        return new FileResult(report.type().type().name(), verdict.name(), report.persons(),
                report.categories().stream().sorted().map(Category::name).toList(), reasons, findings, hidden, failures,
                List.copyOf(changes));
    }

    private static FileResult unreadable(String reason) {
        return new FileResult("OTHER", Verdict.REVIEW.name(), 0, List.of(), List.of(reason), List.of(), List.of(),
                List.of(new FileResult.NotInspected("INTERNAL_ERROR", "", reason)), List.of());
    }

    /** The original extension, if plain, so type detection sees the same name shape as the publisher's file. */
    public static String suffix(String originalName) {
        int dot = originalName.lastIndexOf('.');
        String ext = dot < 0 ? "" : originalName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? "." + ext : ".bin";
    }
}
