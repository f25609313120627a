package org.airlock.report;

import java.util.List;
import org.airlock.assess.Verdict;
import org.airlock.scan.FileReport;

/**
 * One scan's reports with what the writers need to say about the run.
 *
 * @param toolVersion Airlock's version
 * @param policyName the policy the verdicts were given under
 * @param unmasked whether evidence is shown in clear (a privileged choice, said in every report)
 */
public record ScanReport(String toolVersion, String policyName, boolean unmasked, List<FileReport> files) {

    public long count(Verdict verdict) {
        return files.stream().filter(f -> f.verdict() == verdict).count();
    }

    /** The most severe verdict of the scan; PASS for an empty scan. */
    public Verdict worst() {
        return files.stream().map(FileReport::verdict).reduce(Verdict.PASS, Verdict::max);
    }

    public String evidence(org.airlock.records.Finding finding) {
        return unmasked ? finding.sample() : Mask.mask(finding.type(), finding.sample());
    }
}
