package org.airlock.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One row of the audit log.
 *
 * @param seq position in the log, 1, 2, 3... without gaps
 * @param occurredAt ISO-8601 instant, stored as text so the hashed form survives any database
 * @param submissionId the submission concerned, or null
 * @param prevHash SHA-256 of the previous entry's canonical form ({@link #GENESIS} for the first)
 * @param entryHash SHA-256 of this entry's canonical form
 */
public record AuditEntry(long seq, String occurredAt, String actor, String action, String outcome, Long submissionId,
                         String detail, String prevHash, String entryHash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * The canonical form that is hashed: every field but the entry's own hash, each written as
     * its length and its text, so no choice of field contents can make two entries collide.
     */
    public String canonical() {
        StringBuilder b = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), occurredAt, actor, action, outcome,
            submissionId == null ? "" : submissionId.toString(), detail, prevHash}) {
            b.append(field.length()).append(':').append(field).append('\n');
        }
        return b.toString();
    }

    /** SHA-256 (hex) of {@link #canonical()}. */
    public String computeHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
