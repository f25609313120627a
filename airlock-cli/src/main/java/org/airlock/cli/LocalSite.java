package org.airlock.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A static website on 127.0.0.1 for the monitor benchmark: in-memory pages and documents with
 * ETags (conditional requests answered 304), counting full answers and 304s. The JDK's own HTTP
 * server is enough for a loopback site and adds no dependency.
 */
final class LocalSite implements AutoCloseable {

    private record Resource(byte[] body, String contentType, String etag) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final AtomicLong full = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int size() {
        return resources.size();
    }

    void put(String path, byte[] body, String contentType) {
        resources.put(path, new Resource(body, contentType, "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "-"
                + body.length + "\""));
    }

    void put(String path, Path file) throws IOException {
        put(path, Files.readAllBytes(file), "application/octet-stream");
    }

    void page(String path, String html) {
        put(path, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    String text(String path) {
        return new String(resources.get(path).body(), StandardCharsets.UTF_8);
    }

    long fullAnswers() {
        return full.get();
    }

    long notModifiedAnswers() {
        return notModified.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Resource resource = resources.get(exchange.getRequestURI().getRawPath());
            if (resource == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", resource.etag());
            if (resource.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            full.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(200, resource.body().length);
            exchange.getResponseBody().write(resource.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
