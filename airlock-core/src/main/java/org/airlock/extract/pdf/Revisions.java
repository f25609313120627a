package org.airlock.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a PDF's revisions end. An incremental update appends new objects, a new cross-reference
 * section and a new {@code %%EOF} after the old ones, leaving the earlier revision intact: the
 * bytes up to each earlier {@code %%EOF} are that revision, a PDF of its own. A linearized file
 * has an extra {@code %%EOF} after its first-page section that is not a revision: it is skipped.
 * This scan is written here because PDFBox opens the newest revision only.
 *
 * @param ends offsets just past each revision's {@code %%EOF}, oldest first; the last is the current revision
 * @param endsWithEof whether the file's last non-blank bytes are {@code %%EOF} (if not, it is probably truncated)
 */
record Revisions(List<Long> ends, boolean endsWithEof) {

    private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LINEARIZED = "/Linearized".getBytes(StandardCharsets.US_ASCII);

    /** Number of earlier revisions kept in the file. */
    int earlier() {
        return Math.max(0, ends.size() - 1);
    }

    static Revisions scan(Path file) throws IOException {
        List<Long> ends = new ArrayList<>();
        boolean linearized = false;
        long lastNonBlank = -1;
        long lastEofEnd = -1;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int matched = 0;
            long offset = 0;
            boolean head = true;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (head) {
                    linearized = indexOf(buffer, Math.min(n, 1024), LINEARIZED) >= 0;
                    head = false;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != 0 && b != '\f') {
                        lastNonBlank = offset + i;
                    }
                    if (b == EOF[matched]) {
                        matched++;
                        if (matched == EOF.length) {
                            lastEofEnd = offset + i + 1;
                            ends.add(lastEofEnd);
                            matched = 0;
                        }
                    } else {
                        matched = b == EOF[0] ? 1 : 0;
                    }
                }
                offset += n;
            }
        }
        if (linearized && ends.size() > 1) {
            ends.remove(0);
        }
        return new Revisions(List.copyOf(ends), lastEofEnd >= 0 && lastEofEnd == lastNonBlank + 1);
    }

    private static int indexOf(byte[] data, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
