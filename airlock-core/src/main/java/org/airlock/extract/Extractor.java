package org.airlock.extract;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one document type and streams what it holds into a {@link ContentSink}. Extractors are
 * stateless and thread-safe; per-file state lives in the {@link ExtractionContext}.
 */
public interface Extractor {

    /**
     * @throws InspectionException when the file as a whole cannot be inspected (encrypted, corrupt...)
     * @throws IOException when the file cannot be read
     */
    void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException;
}
