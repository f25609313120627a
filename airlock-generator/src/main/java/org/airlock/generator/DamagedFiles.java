package org.airlock.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionHeader;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files that cannot be inspected: encrypted, truncated or not a zip at all. A fail-closed gate has
 * to stop them, since whatever they hold cannot be checked. Each starts from an ICE-style workbook
 * of {@value #PERSONS} people, so a reader that does get in finds a leak.
 */
final class DamagedFiles {

    static final int PERSONS = 1_000;

    private DamagedFiles() {
    }

    /**
     * Office agile encryption into an OLE2 (POIFS) container with EncryptionInfo and
     * EncryptedPackage streams. Salts and keys come from the seed, not a secure random source: the
     * file only has to be unreadable without the password, not safe.
     */
    static Path encrypted(Path out, String password, long seed) {
        return encrypt(out, iceBytes(seed), password, seed);
    }

    /** Any OOXML package ({@code plain}) encrypted as {@link #encrypted} encrypts a workbook. */
    static Path encrypt(Path out, byte[] plain, String password, long seed) {
        WorkbookFile.createParent(out);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            EncryptionHeader header = info.getHeader();
            Random random = new Random(seed);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password,
                    randomBytes(random, header.getKeySize() / 8),
                    randomBytes(random, header.getBlockSize()),
                    randomBytes(random, header.getBlockSize()),
                    randomBytes(random, header.getBlockSize()),
                    randomBytes(random, header.getHashAlgorithm().hashSize));
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(plain);
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                fs.writeFilesystem(stream);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("agile encryption is not available", e);
        }
        return out;
    }

    /** The first 60% of a valid xlsx: local entries survive, the central directory does not. */
    static Path truncated(Path out, long seed) {
        byte[] whole = iceBytes(seed);
        return WorkbookFile.writeBytes(out, Arrays.copyOf(whole, whole.length * 6 / 10));
    }

    /** "PK\3\4" so that type sniffing says zip, then 32 KiB of noise. */
    static Path corruptZip(Path out, long seed) {
        byte[] bytes = randomBytes(new Random(seed), 4 + 32 * 1024);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return WorkbookFile.writeBytes(out, bytes);
    }

    private static byte[] iceBytes(long seed) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        IceWorkbook.fill(workbook, new PeopleGenerator(seed).people(PERSONS), SheetState.VISIBLE, seed);
        return WorkbookFile.toBytes(workbook);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
