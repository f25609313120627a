package org.airlock.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET (conditional when validators are known) and streams the body to a temp file,
 * bounded by bytes and by time: a server that trickles or hangs is cut off, never waited on.
 * Redirects are not followed here; the crawler follows them within its scope.
 */
final class Fetcher implements AutoCloseable {

    private final CrawlSettings settings;
    private final Path tempDir;
    private final HttpClient client;
    private final ExecutorService bodies = Executors.newVirtualThreadPerTaskExecutor();

    Fetcher(CrawlSettings settings, Path tempDir) {
        this.settings = settings;
        this.tempDir = tempDir;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** @param known the validators of the last download, or null for an unconditional request */
    Fetch get(URI uri, CrawlState.Entry known) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent());
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            return Fetch.failed("no answer within " + settings.readTimeout().toSeconds() + " s");
        } catch (IOException e) {
            return Fetch.failed("connection failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetch.failed("interrupted");
        }
        String location = response.headers().firstValue("Location").orElse(null);
        String type = response.headers().firstValue("Content-Type").orElse(null);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String modified = response.headers().firstValue("Last-Modified").orElse(null);
        int status = response.statusCode();
        InputStream in = response.body();
        if (status != 200) {
            closeQuietly(in);
            return new Fetch(status, location, type, etag, modified, null, 0, null, null);
        }
        Path file = null;
        try {
            file = Files.createTempFile(tempDir, "fetch", ".bin");
            Path target = file;
            Future<Body> download = bodies.submit(() -> copy(in, target));
            Body body;
            try {
                body = download.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Closing the stream unblocks the reader; the partial file is discarded.
                closeQuietly(in);
                download.cancel(true);
                Files.deleteIfExists(file);
                return Fetch.failed("body not complete within " + settings.readTimeout().toSeconds() + " s");
            }
            if (body.truncated()) {
                Files.deleteIfExists(file);
                return Fetch.failed("larger than " + settings.maxBytes() + " bytes: download stopped");
            }
            return new Fetch(status, location, type, etag, modified, file, body.bytes(), body.sha256(), null);
        } catch (ExecutionException e) {
            deleteQuietly(file);
            return Fetch.failed("download failed: " + e.getCause().getClass().getSimpleName());
        } catch (IOException e) {
            deleteQuietly(file);
            return Fetch.failed("download failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            return Fetch.failed("interrupted");
        } finally {
            closeQuietly(in);
        }
    }

    private record Body(long bytes, String sha256, boolean truncated) {
    }

    private Body copy(InputStream in, Path target) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > settings.maxBytes()) {
                    return new Body(total, null, true);
                }
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
            }
        }
        return new Body(total, HexFormat.of().formatHex(digest.digest()), false);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Already failing; the connection is dropped either way.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temp file in the crawl's own temp directory, removed with it.
            }
        }
    }

    @Override
    public void close() {
        bodies.shutdownNow();
        client.close();
    }
}
