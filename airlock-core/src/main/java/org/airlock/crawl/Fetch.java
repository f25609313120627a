package org.airlock.crawl;

import java.nio.file.Path;

/**
 * The outcome of one HTTP request: an answer (status, validators, a body in a temp file) or a
 * failure that stopped it (timeout, too large, connection error).
 *
 * @param status the HTTP status, or -1 when the request failed
 * @param body the downloaded body (a temp file the caller deletes), or null
 * @param sha256 the body's hash in hex, or null
 * @param failure why the request failed, or null
 */
record Fetch(int status, String location, String contentType, String etag, String lastModified,
             Path body, long bytes, String sha256, String failure) {

    static Fetch failed(String failure) {
        return new Fetch(-1, null, null, null, null, null, -1, null, failure);
    }

    boolean ok() {
        return failure == null;
    }

    boolean redirect() {
        return status >= 300 && status < 400 && status != 304 && location != null;
    }
}
