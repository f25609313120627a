package org.airlock.server.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A public website on 127.0.0.1 for the monitor tests: in-memory pages and documents, the
 * publishing connector's web root served under {@code /files/}, ETags answered with 304, a few
 * misbehaving endpoints, and a log of every request with its status (to count downloads).
 */
final class TestWebsite implements AutoCloseable {

    /** One logged request. */
    record Request(String path, int status) {
    }

    private record Resource(byte[] body, String contentType, String etag) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final Path webRoot;

    TestWebsite(Path webRoot) throws IOException {
        this.webRoot = webRoot;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String path, byte[] body, String contentType) {
        resources.put(path, new Resource(body, contentType, "\"" + sha256(body).substring(0, 16) + "\""));
    }

    void put(String path, Path file, String contentType) throws IOException {
        put(path, Files.readAllBytes(file), contentType);
    }

    void page(String path, String html) {
        put(path, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    String text(String path) {
        return new String(resources.get(path).body(), StandardCharsets.UTF_8);
    }

    List<Request> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try (exchange) {
            switch (path) {
                case "/hang" -> {
                    log.add(new Request(path, 200));
                    // Headers and a first few bytes go out, the rest of the body never comes.
                    exchange.sendResponseHeaders(200, 1_000_000);
                    exchange.getResponseBody().write("<html><body>".getBytes(StandardCharsets.UTF_8));
                    exchange.getResponseBody().flush();
                    sleep(60_000);
                    return;
                }
                case "/silent" -> {
                    log.add(new Request(path, 0));
                    // Not even the headers.
                    sleep(60_000);
                    return;
                }
                case "/loop/a", "/loop/b" -> {
                    log.add(new Request(path, 302));
                    exchange.getResponseHeaders().add("Location", path.endsWith("a") ? "/loop/b" : "/loop/a");
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                case "/huge.bin" -> {
                    log.add(new Request(path, 200));
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    OutputStream out = exchange.getResponseBody();
                    while (true) {
                        out.write(chunk); // endless: only the crawler's byte limit ends it
                    }
                }
                default -> {
                }
            }
            Resource resource = path.startsWith("/files/") ? fromWebRoot(path.substring("/files/".length())) : resources.get(path);
            if (resource == null) {
                log.add(new Request(path, 404));
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", resource.etag());
            if (resource.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                log.add(new Request(path, 304));
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            log.add(new Request(path, 200));
            exchange.getResponseHeaders().add("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(200, resource.body().length);
            exchange.getResponseBody().write(resource.body());
        } catch (IOException e) {
            // The crawler hung up (its limits): expected for the misbehaving endpoints.
        }
    }

    /** A file of the connector's web root, as a web server in front of it would serve it. */
    private Resource fromWebRoot(String relative) throws IOException {
        Path file = webRoot.resolve(relative).normalize();
        if (!file.startsWith(webRoot) || !Files.isRegularFile(file)) {
            return null;
        }
        byte[] body = Files.readAllBytes(file);
        return new Resource(body, "application/octet-stream", "\"" + sha256(body).substring(0, 16) + "\"");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
