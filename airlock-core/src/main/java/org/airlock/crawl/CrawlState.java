package org.airlock.crawl;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.airlock.assess.Verdict;

/**
 * What the last crawls learned per URL, kept in a small JSON file so that a re-crawl asks only for
 * what changed (conditional requests) and a restart resumes. Holds no document content: validators,
 * a SHA-256 and the verdict.
 */
public final class CrawlState {

    /**
     * One URL's state.
     *
     * @param etag the server's ETag, or null
     * @param lastModified the server's Last-Modified header as sent, or null
     * @param sha256 the content hash of the last download
     * @param verdict the last verdict
     * @param firstSeen when the URL was first fetched (ISO-8601 UTC)
     * @param lastSeen when it was last found on the site (ISO-8601 UTC)
     */
    public record Entry(String etag, String lastModified, String sha256, Verdict verdict, String firstSeen, String lastSeen) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Entry> entries;

    private CrawlState(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static CrawlState empty() {
        return new CrawlState(new TreeMap<>());
    }

    /** A state from entries kept elsewhere (the server keeps them in its database). */
    public static CrawlState of(Map<String, Entry> entries) {
        return new CrawlState(new TreeMap<>(entries));
    }

    /** Reads a state file; a missing file is an empty state. */
    public static CrawlState load(Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return empty();
        }
        Map<String, Entry> read = JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() { });
        return new CrawlState(new TreeMap<>(read));
    }

    /** Writes atomically (temp file then move), so an interrupted crawl never leaves a broken state. */
    public synchronized void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".crawl-state", ".json");
        JSON.writeValue(temp.toFile(), entries);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public synchronized Entry get(String url) {
        return entries.get(url);
    }

    public synchronized void put(String url, Entry entry) {
        entries.put(url, entry);
    }

    public synchronized Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }
}
