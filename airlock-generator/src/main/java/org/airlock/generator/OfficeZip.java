package org.airlock.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip-based Office file (OOXML or OpenDocument) from named parts. The fixtures need
 * markup no writing library offers (tracked deletions, hidden runs, ODF hidden rows and sheets), so
 * their XML is written as text; this class only packs it, storing ODF's {@code mimetype} first and
 * uncompressed as the ODF specification requires.
 */
final class OfficeZip {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    OfficeZip put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    OfficeZip put(String name, byte[] bytes) {
        parts.put(name, bytes);
        return this;
    }

    Path write(Path out) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                    ZipEntry entry = new ZipEntry(part.getKey());
                    if (part.getKey().equals("mimetype")) {
                        CRC32 crc = new CRC32();
                        crc.update(part.getValue());
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(part.getValue().length);
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(part.getValue());
                    zip.closeEntry();
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for XML content and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
