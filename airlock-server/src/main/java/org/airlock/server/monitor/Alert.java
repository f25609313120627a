package org.airlock.server.monitor;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A new exposure found on a monitored site: a URL whose content (by hash) was judged BLOCK or
 * REVIEW. Holds counts, categories and places only; never a matched value.
 *
 * @param urlFirstSeen when the crawler first found the URL (ISO-8601), which may be before this content
 * @param firstSeen when this content was first found exposed
 * @param takedownDetail what the takedown did, or why there was none
 * @param submissionId the gate submission that published the file, when it went through the connector
 */
public record Alert(long id, long monitorId, String url, String sha256, String verdict, long persons,
                    List<String> categories, List<String> reasons, List<ExposedPlace> places, String urlFirstSeen,
                    Instant firstSeen, Status status, String acknowledgedBy, Instant acknowledgedAt, Takedown takedown,
                    String takedownDetail, Long submissionId) {

    /** Whether someone has taken the alert in hand. */
    public enum Status {
        OPEN,
        ACKNOWLEDGED
    }

    /** What happened to the exposed file. */
    public enum Takedown {
        /** Withdrawn from the web root through the publishing connector. */
        WITHDRAWN,
        /** It was published through the connector but withdrawing failed: remove it by hand. */
        WITHDRAW_FAILED,
        /** Not a file the connector published (uploaded another way): remove it by hand. */
        NOT_PUBLISHED_BY_AIRLOCK,
        /** The monitor is configured not to take files down. */
        DISABLED,
        /** A REVIEW verdict is a question for a person, not a reason to take a file down unasked. */
        REVIEW_ONLY
    }

    /** Exactly what to remove, in words: the URL and the places in the file. */
    public String instructions() {
        String where = places.isEmpty() ? "" : " Personal data at: " + places.stream()
                .map(p -> p.where() + " (" + p.count() + " " + p.type() + (p.hidden() ? ", " + p.visibility() : "") + ")")
                .collect(Collectors.joining("; ")) + ".";
        if (takedown == Takedown.WITHDRAWN) {
            return "Withdrawn from the site by Airlock (" + takedownDetail + "). Check copies and caches of " + url + "." + where;
        }
        return "Remove " + url + " from the site now." + where;
    }
}
