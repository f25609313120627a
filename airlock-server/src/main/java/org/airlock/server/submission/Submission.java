package org.airlock.server.submission;

import java.time.OffsetDateTime;

/** One submission: who sent it, where it is in the gate, and the decision on it if any. */
public record Submission(long id, String submitter, SubmissionState state, String verdict, Long persons,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt, String decidedBy, String decision,
                        String justification, OffsetDateTime decidedAt) {
}
