package org.airlock.server.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;

/**
 * The JSON an alert is sent as (webhook) and listed as (API): counts, categories, places and the
 * removal instructions; never a matched value.
 */
public record AlertPayload(String event, long alert, long monitor, String monitorName, String url, String verdict,
                           long persons, List<String> categories, Instant firstSeen, String urlFirstSeen, String status,
                           String takedown, String takedownDetail, Long submission, String instructions,
                           List<String> reasons, List<ExposedPlace> places, String sha256) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static AlertPayload of(Alert a, String monitorName) {
        return new AlertPayload("airlock.exposure", a.id(), a.monitorId(), monitorName, a.url(), a.verdict(), a.persons(),
                a.categories(), a.firstSeen(), a.urlFirstSeen(), a.status().name(), a.takedown().name(), a.takedownDetail(),
                a.submissionId(), a.instructions(), a.reasons(), a.places(), a.sha256());
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an alert as JSON", e);
        }
    }
}
