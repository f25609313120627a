package org.airlock.server.publish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's path on the website, normalised and checked: relative, forward slashes, no {@code .}
 * or {@code ..} segments, no control characters, no drive letters, each segment a plain file name.
 * Anything else is refused rather than repaired, so a traversal attempt cannot be turned into a
 * legitimate-looking path.
 */
public record TargetPath(String value) {

    private static final int MAX_LENGTH = 1000;

    /** Thrown for a path that is not allowed; the message says why without echoing the path. */
    public static final class InvalidTargetException extends IllegalArgumentException {
        public InvalidTargetException(String message) {
            super(message);
        }
    }

    /** Parses and normalises a target path given by a client. */
    public static TargetPath parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidTargetException("target path is empty");
        }
        String path = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (path.length() > MAX_LENGTH) {
            throw new InvalidTargetException("target path is too long");
        }
        if (path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            throw new InvalidTargetException("target path may not hold '\\' or ':'");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidTargetException("target path holds control characters");
        }
        if (path.startsWith("/")) {
            path = path.substring(1); // a site path "/stats/x.xlsx" means the web root's stats/x.xlsx
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidTargetException("target path has an empty, '.' or '..' segment");
            }
            if (segment.startsWith(".")) {
                throw new InvalidTargetException("target path has a hidden (dot) segment");
            }
            segments.add(segment);
        }
        return new TargetPath(String.join("/", segments));
    }

    @Override
    public String toString() {
        return value;
    }
}
