package org.airlock.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.ContentSink;
import org.airlock.extract.CsvDialect;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * Reads plain text as prose, in chunks of whole lines of about 16,000 characters, each located by
 * its first line number.
 */
public final class TextExtractor implements Extractor {

    private static final int CHUNK = 16_000;

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        Charset charset = StandardCharsets.UTF_8;
        CsvDialect dialect = CsvDialect.sniff(file);
        if (dialect != null) {
            charset = dialect.charset();
        }
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset))) {
            StringBuilder chunk = new StringBuilder();
            int line = 0;
            int chunkStart = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                chunk.append(text).append('\n');
                if (chunk.length() >= CHUNK) {
                    context.checkDeadline();
                    sink.text(Location.of("text").withCells(lines(chunkStart, line)), Visibility.VISIBLE, chunk.toString());
                    chunk.setLength(0);
                    chunkStart = line + 1;
                }
            }
            if (!chunk.isEmpty()) {
                sink.text(Location.of("text").withCells(lines(chunkStart, line)), Visibility.VISIBLE, chunk.toString());
            }
        }
    }

    private static String lines(int from, int to) {
        return from == to ? "line " + from : "lines " + from + "-" + to;
    }
}
