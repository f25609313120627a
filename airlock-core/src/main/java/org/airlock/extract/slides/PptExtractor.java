package org.airlock.extract.slides;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.ole.OleProperties;
import org.apache.poi.hslf.usermodel.HSLFObjectData;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * PowerPoint 97-2003 decks (ppt) through POI's HSLF model (poi-scratchpad), each slide read by
 * {@link SlideReader}; embedded OLE objects (a workbook on a slide) are handed to the sink to be
 * inspected by their own type; summary properties are read as document properties. An encrypted
 * deck makes HSLF throw, which becomes {@code ENCRYPTED}.
 */
public final class PptExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSLFSlideShow deck = new HSLFSlideShow(fs)) {
            SlideReader reader = new SlideReader(sink, context, deck.getPageSize());
            List<HSLFSlide> slides = deck.getSlides();
            for (int i = 0; i < slides.size(); i++) {
                reader.read(slides.get(i), "slide " + (i + 1));
            }
            HSLFObjectData[] objects = deck.getEmbeddedObjects();
            for (int i = 0; i < objects.length; i++) {
                context.checkDeadline();
                String name = "embedded object " + (i + 1);
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EMBEDDED_OBJECTS, Location.of(name), 1));
                Path temp = Files.createTempFile("airlock-embedded-", ".bin");
                try {
                    try (InputStream in = objects[i].getInputStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    sink.embedded(name, temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            OleProperties.read(deck.getSummaryInformation(), deck.getDocumentSummaryInformation(), sink);
        } catch (ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }
}
