package org.airlock.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The delimiter and character encoding of a delimited text file, read from its first 64 KiB.
 * Encoding: a byte-order mark if present, else UTF-8 if the sample decodes strictly, else
 * windows-1252 (what spreadsheet exports on government desktops produce). Delimiter: the one of
 * comma, semicolon, tab and pipe that splits the sample's lines into the same number of fields
 * (two or more) most consistently.
 */
public record CsvDialect(char delimiter, Charset charset, int bomLength) {

    private static final int SAMPLE = 64 * 1024;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    /** The dialect of {@code file}, or null when it does not look like delimited text. */
    public static CsvDialect sniff(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        Charset charset;
        int bom = 0;
        if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = decodesAsUtf8(sample) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        String text = new String(sample, bom, sample.length - bom, charset);
        String[] lines = text.split("\r\n|\n|\r", -1);
        int usable = Math.min(lines.length - (sample.length == SAMPLE ? 1 : 0), 50);
        char best = 0;
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            int first = -1;
            int consistent = 0;
            int counted = 0;
            for (int i = 0; i < usable; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                int fields = fieldsIn(lines[i], candidate);
                counted++;
                if (first < 0) {
                    first = fields;
                }
                if (fields == first && fields >= 2) {
                    consistent++;
                }
            }
            double score = counted == 0 ? 0 : (double) consistent / counted;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return bestScore >= 0.6 ? new CsvDialect(best, charset, bom) : null;
    }

    private static int fieldsIn(String line, char delimiter) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    private static boolean decodesAsUtf8(byte[] sample) {
        int length = sample.length;
        // A sample cut in the middle of a multi-byte character is still UTF-8: drop the tail.
        while (length > 0 && length > sample.length - 4 && (sample[length - 1] & 0xC0) == 0x80) {
            length--;
        }
        if (length > 0 && (sample[length - 1] & 0xC0) == 0xC0) {
            length--;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
