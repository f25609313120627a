package org.airlock.extract;

/** A part of a file, or the whole file, that was not inspected, with the reason. */
public record InspectionFailure(FailureKind kind, Location location, String detail) {

    /** "encrypted: cannot be inspected without the password (EncryptionInfo stream present)". */
    public String describe() {
        String where = location.describe();
        return kind.description() + (detail.isEmpty() ? "" : " (" + detail + ")") + (where.isEmpty() ? "" : " at " + where);
    }
}
