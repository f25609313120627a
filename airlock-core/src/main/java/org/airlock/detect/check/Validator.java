package org.airlock.detect.check;

/**
 * Says whether a candidate value, already stripped of separators and upper-cased, is a valid
 * identifier of one kind. Validators are pure functions and thread-safe.
 */
@FunctionalInterface
public interface Validator {

    /** Whether {@code value} passes the check. */
    boolean valid(String value);
}
