package org.airlock.extract.image;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.file.FileSystemDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;

/**
 * An image's metadata (through metadata-extractor): the EXIF fields that name people (artist,
 * copyright, description, user comment, Windows XP author and keywords, camera owner and serial
 * number), the GPS position as "GPS position: latitude, longitude", every XMP property (creator,
 * person-in-image, face-region names), every IPTC field, and JPEG and PNG text comments. The
 * pixels are not read: Airlock does no OCR, so a photo of a document passes unless its metadata
 * gives it away.
 */
public final class ImageExtractor implements Extractor {

    private static final Set<Integer> PERSONAL_EXIF_TAGS = Set.of(
            ExifIFD0Directory.TAG_ARTIST, ExifIFD0Directory.TAG_COPYRIGHT, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION,
            ExifIFD0Directory.TAG_WIN_AUTHOR, ExifIFD0Directory.TAG_WIN_COMMENT, ExifIFD0Directory.TAG_WIN_KEYWORDS,
            ExifIFD0Directory.TAG_WIN_SUBJECT, ExifIFD0Directory.TAG_WIN_TITLE, ExifSubIFDDirectory.TAG_USER_COMMENT,
            ExifSubIFDDirectory.TAG_CAMERA_OWNER_NAME, ExifSubIFDDirectory.TAG_BODY_SERIAL_NUMBER,
            ExifIFD0Directory.TAG_DOCUMENT_NAME, ExifIFD0Directory.TAG_HOST_COMPUTER);

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | RuntimeException e) {
            throw new InspectionException(FailureKind.CORRUPT, "the image's structure cannot be read", e);
        }
        int fields = 0;
        for (Directory directory : metadata.getDirectories()) {
            context.checkDeadline();
            StringBuilder text = new StringBuilder();
            if (directory instanceof GpsDirectory gps) {
                GeoLocation position = gps.getGeoLocation();
                if (position != null && !position.isZero()) {
                    text.append(String.format(Locale.ROOT, "GPS position: %.6f, %.6f%n", position.getLatitude(), position.getLongitude()));
                    sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.GPS_POSITION, Location.of("image metadata").withCells("GPS"), 1));
                }
            } else if (directory instanceof XmpDirectory xmp) {
                for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
                    if (property.getValue() != null && !property.getValue().isBlank()) {
                        text.append(property.getKey()).append(": ").append(property.getValue()).append('\n');
                    }
                }
            } else if (directory instanceof ExifIFD0Directory || directory instanceof ExifSubIFDDirectory) {
                for (Tag tag : directory.getTags()) {
                    if (PERSONAL_EXIF_TAGS.contains(tag.getTagType())) {
                        append(text, tag);
                    }
                }
            } else if (directory instanceof IptcDirectory || directory instanceof JpegCommentDirectory) {
                for (Tag tag : directory.getTags()) {
                    append(text, tag);
                }
            } else if (directory instanceof PngDirectory png) {
                for (Tag tag : png.getTags()) {
                    if (tag.getTagType() == PngDirectory.TAG_TEXTUAL_DATA) {
                        append(text, tag);
                    }
                }
            } else if (directory instanceof FileSystemDirectory) {
                continue;
            }
            if (!text.isEmpty()) {
                fields++;
                sink.text(Location.of("image metadata").withCells(directory.getName()), Visibility.IMAGE_METADATA, text.toString());
            }
        }
        if (fields > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.IMAGE_METADATA, Location.of("image metadata"), fields));
        }
    }

    private static void append(StringBuilder text, Tag tag) {
        String description = tag.getDescription();
        if (description != null && !description.isBlank()) {
            text.append(tag.getTagName()).append(": ").append(description).append('\n');
        }
    }
}
