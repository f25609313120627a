package org.airlock.fingerprint;

import java.util.List;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * One registry record found in one file.
 *
 * @param recordId the record's id in the registry
 * @param fields the names of the registry fields that matched (anywhere in the file)
 * @param locations where it was found (the first few places)
 * @param visibility how hidden the first place is
 * @param canaryExtract the extract a canary record was planted in, or null for an ordinary record
 */
public record FingerprintMatch(String recordId, List<String> fields, List<Location> locations, Visibility visibility,
                               String canaryExtract) {

    public FingerprintMatch {
        fields = List.copyOf(fields);
        locations = List.copyOf(locations);
    }

    public boolean canary() {
        return canaryExtract != null;
    }
}
