package org.airlock.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Archives a site offers for download: a zip inside a zip holding the detainee workbook, a
 * tar.gz of the detainee CSV, a zip with path-traversal member names, bombs (a zip bomb, a
 * nested zip bomb of the 42.zip shape, a gzip bomb), a truncated zip, and the clean twin (a zip
 * of statistics).
 */
public final class Archives {

    private Archives() {
    }

    /** {@code site.zip} holding a README and {@code data/inner.zip}, which holds {@code people.xlsx} (ICE style). */
    public static Path nestedZip(Path out, int persons, long seed) {
        byte[] workbook = generated(w -> LeakWorkbooks.iceStyle(w, persons, SheetState.VISIBLE, seed), "people.xlsx");
        byte[] inner = zip(new String[] {"people.xlsx"}, new byte[][] {workbook});
        return write(out, zip(new String[] {"README.txt", "data/inner.zip"},
                new byte[][] {readme(), inner}));
    }

    /** The clean twin: a zip of the aggregate workbook and a README. */
    public static Path statisticsZip(Path out, long seed) {
        byte[] workbook = generated(w -> LeakWorkbooks.aggregateByNationality(w, seed), "statistics.xlsx");
        return write(out, zip(new String[] {"README.txt", "statistics.xlsx"}, new byte[][] {readme(), workbook}));
    }

    /** A tar.gz holding the detainee table as CSV. */
    public static Path tarGz(Path out, int persons, long seed) {
        byte[] csv = generated(w -> LeakWorkbooks.iceStyleCsv(w, persons, ',', StandardCharsets.UTF_8, seed), "people.csv");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
                for (String[] member : new String[][] {{"export/README.txt"}, {"export/people.csv"}}) {
                    byte[] content = member[0].endsWith(".csv") ? csv : readme();
                    TarArchiveEntry entry = new TarArchiveEntry(member[0]);
                    entry.setSize(content.length);
                    tar.putArchiveEntry(entry);
                    tar.write(content);
                    tar.closeArchiveEntry();
                }
            }
            return write(out, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose members are named to escape the folder they are unpacked into; the contents are harmless. */
    public static Path traversal(Path out, long seed) {
        byte[] workbook = generated(w -> LeakWorkbooks.aggregateByNationality(w, seed), "statistics.xlsx");
        return write(out, zip(new String[] {"../../etc/cron.d/statistics.txt", "/tmp/statistics.xlsx", "statistics.xlsx"},
                new byte[][] {readme(), workbook, workbook}));
    }

    /** A zip bomb: one member of {@code megabytes} of zeros, which deflate about a thousand times. */
    public static Path zipBomb(Path out, int megabytes) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
                zip.putNextEntry(new ZipEntry("statistics.csv"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 42.zip shape: {@code levels} levels of zips, each holding {@code fanout} copies of the
     * level below; the leaves are small text files. Small on disk, {@code fanout^levels} leaves.
     */
    public static Path nestedZipBomb(Path out, int levels, int fanout) {
        byte[] leaf = "0".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        byte[] level = leaf;
        for (int l = 1; l <= levels; l++) {
            String[] names = new String[fanout];
            byte[][] contents = new byte[fanout][];
            for (int i = 0; i < fanout; i++) {
                names[i] = (l == 1 ? i + ".txt" : "lib" + i + ".zip");
                contents[i] = level;
            }
            level = zip(names, contents);
        }
        return write(out, level);
    }

    /** A gzip bomb: {@code megabytes} of zeros gzipped. */
    public static Path gzipBomb(Path out, int megabytes) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(out))) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    gzip.write(zeros);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nested zip cut off after 60% of its bytes: the central directory is gone. */
    public static Path truncatedZip(Path out, int persons, long seed) {
        nestedZip(out, persons, seed);
        try {
            byte[] bytes = Files.readAllBytes(out);
            return write(out, Arrays.copyOf(bytes, bytes.length * 6 / 10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip of {@code names[i]} → {@code contents[i]}. java.util.zip writes the member names
     * verbatim, which the traversal fixture needs (commons-compress would too; either is fine).
     */
    static byte[] zip(String[] names, byte[][] contents) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < names.length; i++) {
                    zip.putNextEntry(new ZipEntry(names[i]));
                    zip.write(contents[i]);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readme() {
        return "Detention statistics, fiscal year 2023. Figures are provisional.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a file a writer produces, written through a temporary directory. */
    static byte[] generated(Function<Path, Path> writer, String name) {
        try {
            Path dir = Files.createTempDirectory("airlock-archive-");
            Path file = writer.apply(dir.resolve(name));
            try {
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path out, byte[] bytes) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            return Files.write(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
