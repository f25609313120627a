package org.airlock.scan;

import java.util.List;
import java.util.Set;
import org.airlock.assess.Assessment;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.extract.DetectedType;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.fingerprint.FingerprintMatch;
import org.airlock.records.Finding;
import org.airlock.records.PersonRecords;

/**
 * Everything Airlock found and decided about one file. Findings hold plaintext samples in memory;
 * report writers mask them unless told otherwise.
 *
 * @param file the path as given by the user (or relative to the directory scanned)
 * @param cells table cells inspected (a measure of work done, shown by the benchmark)
 * @param unlistedFindings matches beyond the cap on listed findings
 * @param unlistedHiddenPlaces inventory entries beyond the cap on listed hiding places
 * @param fingerprintMatches records of the fingerprint registry found in the file (empty without one)
 */
public record FileReport(String file, long bytes, long cells, DetectedType type, Assessment assessment, List<Finding> findings,
                         List<PersonRecords> records, List<HiddenPlace> hiddenPlaces, List<InspectionFailure> notInspected,
                         long unlistedFindings, long unlistedHiddenPlaces, long millis,
                         List<FingerprintMatch> fingerprintMatches) {

    /** A report of a scan without a fingerprint registry. */
    public FileReport(String file, long bytes, long cells, DetectedType type, Assessment assessment, List<Finding> findings,
                      List<PersonRecords> records, List<HiddenPlace> hiddenPlaces, List<InspectionFailure> notInspected,
                      long unlistedFindings, long unlistedHiddenPlaces, long millis) {
        this(file, bytes, cells, type, assessment, findings, records, hiddenPlaces, notInspected, unlistedFindings,
                unlistedHiddenPlaces, millis, List.of());
    }

    public Verdict verdict() {
        return assessment.verdict();
    }

    public long persons() {
        return assessment.persons();
    }

    public Set<Category> categories() {
        return assessment.categories();
    }

    public List<String> reasons() {
        return assessment.reasons();
    }
}
