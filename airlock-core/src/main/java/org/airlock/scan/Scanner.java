package org.airlock.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Scans many files: expands directories recursively (in a stable order, symbolic links to
 * directories not followed), inspects files in parallel on a fixed pool, and returns the reports
 * in input order. A failure in one file never stops the others.
 */
public final class Scanner {

    private final Inspector inspector;
    private final int threads;

    public Scanner(Inspector inspector, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        this.inspector = inspector;
        this.threads = threads;
    }

    /**
     * The files under {@code paths}, directories expanded, in sorted order.
     *
     * @throws NoSuchFileException when a path does not exist (a usage error, reported as such)
     */
    public static List<ScanTarget> targets(List<Path> paths) throws IOException {
        List<ScanTarget> targets = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted()
                            .forEach(f -> targets.add(new ScanTarget(f, path.resolve(path.relativize(f)).toString())));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                targets.add(new ScanTarget(path, path.toString()));
            }
        }
        return targets;
    }

    /** Inspects every target; {@code progress} is called once per finished file, from worker threads. */
    public List<FileReport> scan(List<ScanTarget> targets, Consumer<FileReport> progress) {
        if (targets.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, targets.size()), runnable -> {
            Thread thread = new Thread(runnable, "airlock-scan");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<FileReport>> futures = new ArrayList<>(targets.size());
            for (ScanTarget target : targets) {
                futures.add(pool.submit(() -> {
                    FileReport report = inspector.inspect(target.file(), target.displayName());
                    progress.accept(report);
                    return report;
                }));
            }
            List<FileReport> reports = new ArrayList<>(targets.size());
            for (Future<FileReport> future : futures) {
                try {
                    reports.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("inspector threw, which it must never do", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("scan interrupted", e);
                }
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }
}
