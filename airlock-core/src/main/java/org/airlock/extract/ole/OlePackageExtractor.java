package org.airlock.extract.ole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.InspectionException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Ole10Native;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the OLE2 wrapper Office puts around an embedded file ({@code xl/embeddings/oleObject1.bin}):
 * an {@code Ole10Native} stream (a packaged file, with its original name) or a {@code Package}
 * stream (an embedded Office Open XML document). The payload goes back to the inspector as an
 * embedded document, so a workbook hidden inside another workbook is inspected like any other.
 */
public final class OlePackageExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            Path payload = Files.createTempFile("airlock-ole-", ".bin");
            try {
                String name;
                if (root.hasEntry(Ole10Native.OLE10_NATIVE)) {
                    Ole10Native ole = Ole10Native.createFromEmbeddedOleObject(root);
                    Files.write(payload, ole.getDataBuffer());
                    name = ole.getFileName() == null || ole.getFileName().isBlank() ? ole.getLabel() : ole.getFileName();
                } else if (root.hasEntry("Package")) {
                    try (InputStream in = new DocumentInputStream((DocumentEntry) root.getEntry("Package"))) {
                        Files.copy(in, payload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    name = "Package";
                } else {
                    throw new InspectionException(FailureKind.UNSUPPORTED_TYPE, "OLE object without a packaged file");
                }
                sink.embedded(name == null || name.isBlank() ? "package" : name, payload);
            } finally {
                Files.deleteIfExists(payload);
            }
        } catch (InspectionException e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }
}
