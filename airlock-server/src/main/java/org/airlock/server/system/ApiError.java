package org.airlock.server.system;

/** The JSON body of every refused request: {@code {"status": 403, "error": "..."}}. */
public record ApiError(int status, String error) {
}
