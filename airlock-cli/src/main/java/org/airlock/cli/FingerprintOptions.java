package org.airlock.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.airlock.fingerprint.FingerprintIndex;
import org.airlock.fingerprint.FingerprintKey;
import org.airlock.fingerprint.FingerprintMatcher;
import org.airlock.fingerprint.MatchSettings;
import picocli.CommandLine.Option;

/** The options that load a fingerprint registry for matching, shared by {@code scan} and {@code watch}. */
final class FingerprintOptions {

    @Option(names = "--fingerprints", paramLabel = "FILE",
            description = "Fingerprint registry to match (exact data match, see docs/fingerprints.md).")
    Path registry;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "File holding the fingerprint key (default: environment variable AIRLOCK_FINGERPRINT_KEY).")
    Path keyFile;

    @Option(names = "--min-fields", paramLabel = "N", defaultValue = "2",
            description = "Fields of one record that must appear together (default: ${DEFAULT-VALUE}).")
    int minFields;

    @Option(names = "--window", paramLabel = "CHARS", defaultValue = "200",
            description = "In text, how close those fields must be (default: ${DEFAULT-VALUE} characters).")
    int window;

    @Option(names = "--identifier-alone", description = "One identifier field is enough for a match.")
    boolean identifierAlone;

    /** The matcher, or null when no registry was given. */
    FingerprintMatcher matcher() throws IOException {
        if (registry == null) {
            return null;
        }
        try {
            FingerprintKey key = FingerprintKey.load(keyFile);
            return new FingerprintMatcher(FingerprintIndex.load(registry, key), new MatchSettings(minFields, window, identifierAlone));
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
    }
}
