package org.airlock.server.submission;

/**
 * Where a submission is in the gate. RECEIVED → INSPECTING → INSPECTED → PASSED |
 * AWAITING_SIGNOFF | BLOCKED → APPROVED | REJECTED → PUBLISHED → WITHDRAWN. INSPECTED is recorded
 * in the audit log; the gate routes the submission in the same transaction that stores the results.
 */
public enum SubmissionState {
    RECEIVED,
    INSPECTING,
    INSPECTED,
    PASSED,
    AWAITING_SIGNOFF,
    BLOCKED,
    APPROVED,
    REJECTED,
    PUBLISHED,
    WITHDRAWN;

    /** States from which the files may be published. */
    public boolean publishable() {
        return this == PASSED || this == APPROVED;
    }
}
