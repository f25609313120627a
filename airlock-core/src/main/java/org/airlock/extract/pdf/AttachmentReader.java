package org.airlock.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;

/**
 * Files attached to a PDF, from the document's {@code /EmbeddedFiles} name tree and from file
 * attachment annotations. Each is copied to a temporary file and handed to the sink as an
 * embedded document, so a workbook attached to a PDF is inspected as a workbook. A file attached
 * both ways is read once.
 */
final class AttachmentReader {

    /** Deepest name tree followed; real trees are two or three levels deep. */
    private static final int MAX_TREE_DEPTH = 32;

    private final ContentSink sink;
    private final ExtractionContext context;
    private final Set<Object> seen = new HashSet<>();
    private int count;

    AttachmentReader(ContentSink sink, ExtractionContext context) {
        this.sink = sink;
        this.context = context;
    }

    void readNameTree(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            walk(names.getEmbeddedFiles(), 0);
        }
    }

    private void walk(PDNameTreeNode<PDComplexFileSpecification> node, int depth) throws IOException {
        if (depth > MAX_TREE_DEPTH) {
            sink.notInspected(new InspectionFailure(FailureKind.TOO_DEEP, Location.of("attached files"),
                    "name tree deeper than " + MAX_TREE_DEPTH));
            return;
        }
        Map<String, PDComplexFileSpecification> names = node.getNames();
        if (names != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : names.entrySet()) {
                read(entry.getValue(), entry.getKey());
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                walk(kid, depth + 1);
            }
        }
    }

    /** Reads one file specification; {@code fallbackName} names it when the specification does not. */
    void read(PDFileSpecification specification, String fallbackName) throws IOException {
        if (!(specification instanceof PDComplexFileSpecification complex)) {
            return; // a bare file name points outside the PDF: nothing is attached
        }
        PDEmbeddedFile file = firstNonNull(complex.getEmbeddedFileUnicode(), complex.getEmbeddedFile(),
                complex.getEmbeddedFileDos(), complex.getEmbeddedFileMac(), complex.getEmbeddedFileUnix());
        if (file == null || !seen.add(file.getCOSObject())) {
            return;
        }
        context.checkDeadline();
        String name = firstNonNull(complex.getFileUnicode(), complex.getFile(), fallbackName, "attachment");
        String path = "attached file " + (++count) + " '" + name.replace('\\', '/') + "'";
        Location where = Location.of(path);
        sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.ATTACHED_FILES, where, 1));
        long limit = context.limits().maxFileBytes();
        Path temp = Files.createTempFile("airlock-pdf-attachment-", ".bin");
        try {
            long copied;
            try (InputStream in = file.createInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                copied = copyAtMost(in, out, limit);
            }
            if (copied > limit) {
                sink.notInspected(new InspectionFailure(FailureKind.TOO_LARGE, where, "over " + limit + " bytes"));
                return;
            }
            sink.embedded(path, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies up to {@code limit} bytes and returns the count, or {@code limit + 1} if there were more. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > limit) {
                return limit + 1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }
}
