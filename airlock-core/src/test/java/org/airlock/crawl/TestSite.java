package org.airlock.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
 * A website on 127.0.0.1 for crawl tests: static resources with ETags (answering conditional
 * requests with 304), plus misbehaving endpoints, and a log of every request with its status.
 */
final class TestSite implements AutoCloseable {

    /** One logged request. */
    record Request(String path, int status, String userAgent) {
    }

    private record Resource(byte[] body, String contentType, String etag) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
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

    void page(String path, String html) {
        put(path, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    List<Request> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    long count(String path) {
        return log.stream().filter(r -> r.path().equals(path)).count();
    }

    long count(String path, int status) {
        return log.stream().filter(r -> r.path().equals(path) && r.status() == status).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String agent = exchange.getRequestHeaders().getFirst("User-Agent");
        try (exchange) {
            switch (path) {
                case "/hang" -> {
                    log.add(new Request(path, 200, agent));
                    // Headers go out, then the body never comes: the crawler must give up by itself.
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write("<html>".getBytes(StandardCharsets.UTF_8));
                    exchange.getResponseBody().flush();
                    sleep(60_000);
                    return;
                }
                case "/loop/a", "/loop/b" -> {
                    log.add(new Request(path, 302, agent));
                    exchange.getResponseHeaders().add("Location", path.equals("/loop/a") ? "/loop/b" : "/loop/a");
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                case "/huge.bin" -> {
                    log.add(new Request(path, 200, agent));
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    OutputStream out = exchange.getResponseBody();
                    // Endless: only the crawler's byte limit ends it.
                    while (true) {
                        out.write(chunk);
                    }
                }
                default -> {
                }
            }
            Resource resource = resources.get(path);
            if (resource == null) {
                log.add(new Request(path, 404, agent));
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", resource.etag());
            if (resource.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                log.add(new Request(path, 304, agent));
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            log.add(new Request(path, 200, agent));
            exchange.getResponseHeaders().add("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(200, resource.body().length);
            exchange.getResponseBody().write(resource.body());
        } catch (IOException e) {
            // The crawler hung up (limits): expected for the misbehaving endpoints.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String sha256(byte[] body) {
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
