package org.airlock.scan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.fingerprint.FingerprintMatch;
import org.airlock.records.Finding;

/**
 * Turns the registry records found in one place into one {@code fingerprint-match} finding. The
 * explanation names the record ids in clear: they are the registry's keys, not personal data by
 * themselves, and the notification team needs them (docs/fingerprints.md).
 */
final class FingerprintFindings {

    private static final int NAMED_IDS = 20;
    private static final int NAMED_ROWS = 5;

    private FingerprintFindings() {
    }

    static Finding finding(String registry, Location place, Visibility visibility, List<FingerprintMatch> matches) {
        Set<String> fields = new LinkedHashSet<>();
        Set<String> cells = new LinkedHashSet<>();
        for (FingerprintMatch m : matches) {
            fields.addAll(m.fields());
            for (Location l : m.locations()) {
                if (!l.cells().isEmpty() && l.part().equals(place.part()) && l.container().equals(place.container())) {
                    cells.add(l.cells());
                }
            }
        }
        String ids = matches.stream().limit(NAMED_IDS).map(FingerprintMatch::recordId).collect(Collectors.joining(", "))
                + (matches.size() > NAMED_IDS ? " and " + (matches.size() - NAMED_IDS) + " more" : "");
        List<String> canaries = matches.stream().filter(FingerprintMatch::canary)
                .map(m -> m.recordId() + " (extract '" + m.canaryExtract() + "')").distinct().toList();
        String explanation = matches.size() + (matches.size() == 1 ? " record" : " records") + " of protected dataset '"
                + registry + "' (ids " + ids + "); fields matched: " + String.join(", ", fields)
                + (canaries.isEmpty() ? "" : ". CANARY records found, proof that the extract leaked: " + String.join(", ", canaries));
        String where = cells.stream().limit(NAMED_ROWS).collect(Collectors.joining(", ")) + (cells.size() > NAMED_ROWS ? " and others" : "");
        return new Finding(FindingType.FINGERPRINT_MATCH, place.withCells(where), visibility, Confidence.HIGH, matches.size(),
                "record ids " + ids, explanation);
    }
}
