package org.airlock.generator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Photographs (JPEG): a small picture drawn with Java2D, with EXIF metadata written by Apache
 * Commons Imaging (metadata-extractor only reads). The leak: a photo from an intake centre whose
 * EXIF names the detainee and carries the GPS position; the clean twin has no metadata at all.
 */
public final class Images {

    private Images() {
    }

    /** A JPEG whose EXIF artist and description name a detainee, with a GPS position. */
    public static Path photoWithGps(Path out, long seed) {
        Person person = new PeopleGenerator(seed).people(1).get(0);
        try {
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ARTIST, person.givenName() + " " + person.familyName().toUpperCase(Locale.ROOT));
            root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, PersonProse.sentence(person) + ", photographed at intake");
            Random random = new Random(seed);
            exif.setGpsInDegrees(-106.0 + random.nextDouble(), 31.0 + random.nextDouble());
            byte[] plain = picture(seed);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                new ExifRewriter().updateExifMetadataLossless(plain, stream, exif);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write EXIF", e);
        }
    }

    /** The clean twin: the same kind of picture with no metadata. */
    public static Path plainPhoto(Path out, long seed) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            return Files.write(out, picture(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] picture(long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillOval(16, 8, 32, 32);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }
}
