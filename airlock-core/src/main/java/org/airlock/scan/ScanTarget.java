package org.airlock.scan;

import java.nio.file.Path;

/** A file to inspect and the name reports give it. */
public record ScanTarget(Path file, String displayName) {
}
