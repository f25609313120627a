package org.airlock.extract.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDFBox's parser, which repairs what it can and reads on (as every PDF viewer does), made to
 * remember when it had to: an object that could not be read (a damaged object stream, a broken
 * reference) resolves to nothing, and its text would silently be missing from the inspection.
 * Airlock reads the repaired document to find what it can, and reports the damage so the file
 * cannot pass. A second, strict parse tells whether the cross-reference table had to be rebuilt.
 */
final class DamageRecordingParser extends PDFParser {

    private int unreadableObjects;

    /**
     * @param source the file; the parsed document closes it
     * @param lenient true to repair as viewers do, false to fail on any structural damage
     */
    DamageRecordingParser(RandomAccessRead source, boolean lenient) throws IOException {
        super(source, "", null, null, IOUtils.createMemoryOnlyStreamCache());
        setLenient(lenient);
    }

    /** Whether the file parses without PDFBox's repairs (cross-reference table and trailer as written). */
    static boolean parsesStrictly(Path file) {
        try (RandomAccessRead source = new RandomAccessReadBufferedFile(file);
             PDDocument document = new DamageRecordingParser(source, false).parse()) {
            return document.getDocumentCatalog() != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public COSBase dereferenceCOSObject(COSObject object) throws IOException {
        COSBase resolved;
        try {
            resolved = super.dereferenceCOSObject(object);
        } catch (IOException | RuntimeException e) {
            unreadableObjects++;
            throw e;
        }
        if (resolved == null || resolved instanceof COSNull) {
            unreadableObjects++;
        }
        return resolved;
    }

    /** Objects referenced somewhere that could not be read. */
    int unreadableObjects() {
        return unreadableObjects;
    }
}
