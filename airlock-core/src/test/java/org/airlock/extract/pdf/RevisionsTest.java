package org.airlock.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding where a PDF's revisions end, from the bytes alone. */
class RevisionsTest {

    @TempDir
    Path dir;

    private Revisions scan(String content) throws Exception {
        return Revisions.scan(Files.writeString(dir.resolve("f.pdf"), content, StandardCharsets.ISO_8859_1));
    }

    @Test
    void eachEndOfFileMarkerEndsARevision() throws Exception {
        Revisions revisions = scan("%PDF-1.7\nA\n%%EOF\nB\n%%EOF\r\n\n");

        assertThat(revisions.ends()).containsExactly(16L, 24L);
        assertThat(revisions.earlier()).isEqualTo(1);
        assertThat(revisions.endsWithEof()).isTrue();
    }

    @Test
    void theFirstPageSectionOfALinearizedFileIsNoRevision() throws Exception {
        Revisions revisions = scan("%PDF-1.7\n1 0 obj << /Linearized 1 /L 100 >> endobj\nxref\n%%EOF\nrest\n%%EOF\n");

        assertThat(revisions.earlier()).isZero();
        assertThat(revisions.ends()).hasSize(1);
    }

    @Test
    void aFileThatStopsBeforeItsLastMarkerIsNotWhole() throws Exception {
        assertThat(scan("%PDF-1.7\nA\n%%EOF\nB\nstartxref\n123").endsWithEof()).isFalse();
        assertThat(scan("%PDF-1.7\nno marker at all").endsWithEof()).isFalse();
    }

    @Test
    void aMarkerSplitAcrossReadBuffersIsFound() throws Exception {
        String filler = "x".repeat((1 << 16) - 3);
        Revisions revisions = scan(filler + "%%EOF\n");

        assertThat(revisions.ends()).containsExactly((long) filler.length() + 5);
    }
}
