package org.airlock.extract;

/**
 * Thrown when a whole file cannot be inspected. Carries the failure as structured fields; the
 * message never holds content from the file.
 */
public final class InspectionException extends Exception {

    private final FailureKind kind;
    private final String detail;

    public InspectionException(FailureKind kind, String detail) {
        super(kind.description() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.kind = kind;
        this.detail = detail;
    }

    public InspectionException(FailureKind kind, String detail, Throwable cause) {
        super(kind.description() + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.kind = kind;
        this.detail = detail;
    }

    public FailureKind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
