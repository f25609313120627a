package org.airlock.fingerprint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The registry file, version 1 (documented in docs/fingerprints.md). Big-endian:
 * <pre>
 * header: "AIRLOCKF" | u16 version=1 | u64 key check value | u8 flags (bit 0: dates month-first)
 *         | utf name | u8 field count | per field: u8 kind ('N','D','I','T') utf name u8 columns utf column...
 *         | u32 CRC-32 of the header
 * blocks, to the end of the file, each closed by the CRC-32 of its bytes:
 *   'A' utf label | u8 flags (bit 0: canaries) | per record: 0x01 utf id u64 hash x fields | 0x00 | u32 crc
 *   'R' per record: 0x01 utf id | 0x00 | u32 crc
 * </pre>
 * ("utf" is Java's modified UTF-8 with a u16 length.) Adding or removing records appends a block,
 * so nothing already written is rewritten; a remove block takes away records added by earlier
 * blocks. There is no plaintext of any field value anywhere in the file: only record ids, field
 * and column names, the dataset's name and block labels.
 */
public final class RegistryFile {

    static final byte[] MAGIC = {'A', 'I', 'R', 'L', 'O', 'C', 'K', 'F'};
    public static final int VERSION = 1;
    private static final int ADD = 'A';
    private static final int REMOVE = 'R';

    private RegistryFile() {
    }

    /** What reading a registry reports, block by block, in file order. */
    public interface Visitor {
        void added(int block, String label, boolean canary, String id, long[] hashes);

        void removed(int block, String id);
    }

    /** Writes blocks into a registry; {@link #close()} finishes the open block. */
    public static final class Writer implements Closeable {
        private final DataOutputStream out;
        private final CheckedOutputStream checked;
        private final int fields;
        private boolean inBlock;

        private Writer(OutputStream raw, int fields) {
            this.checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32());
            this.out = new DataOutputStream(checked);
            this.fields = fields;
        }

        /** Starts a block of added records; {@code label} names the extract (canary sets) or is empty. */
        public Writer startAdd(String label, boolean canaries) throws IOException {
            endBlock();
            checked.getChecksum().reset();
            out.writeByte(ADD);
            out.writeUTF(label);
            out.writeByte(canaries ? 1 : 0);
            inBlock = true;
            return this;
        }

        public void add(String id, long[] hashes) throws IOException {
            if (hashes.length != fields) {
                throw new IllegalArgumentException("a record has " + fields + " hashes, not " + hashes.length);
            }
            out.writeByte(1);
            out.writeUTF(id);
            for (long h : hashes) {
                out.writeLong(h);
            }
        }

        /** Starts a block of removed record ids. */
        public Writer startRemove() throws IOException {
            endBlock();
            checked.getChecksum().reset();
            out.writeByte(REMOVE);
            inBlock = true;
            return this;
        }

        public void remove(String id) throws IOException {
            out.writeByte(1);
            out.writeUTF(id);
        }

        private void endBlock() throws IOException {
            if (inBlock) {
                out.writeByte(0);
                out.writeInt((int) checked.getChecksum().getValue());
                inBlock = false;
            }
        }

        @Override
        public void close() throws IOException {
            endBlock();
            out.close();
        }
    }

    /** Creates (or replaces) a registry with {@code header} and no records yet. */
    public static Writer create(Path file, RegistryHeader header) throws IOException {
        Writer writer = new Writer(Files.newOutputStream(file), header.fields().size());
        writer.checked.getChecksum().reset();
        DataOutputStream out = writer.out;
        out.write(MAGIC);
        out.writeShort(VERSION);
        out.writeLong(header.keyCheck());
        out.writeByte(header.monthFirst() ? 1 : 0);
        out.writeUTF(header.name());
        out.writeByte(header.fields().size());
        for (RegistryField field : header.fields()) {
            out.writeByte(kindCode(field.kind()));
            out.writeUTF(field.name());
            out.writeByte(field.columns().size());
            for (String column : field.columns()) {
                out.writeUTF(column);
            }
        }
        out.writeInt((int) writer.checked.getChecksum().getValue());
        return writer;
    }

    /**
     * Opens an existing registry for appending blocks, after checking that {@code key} is the
     * registry's key (appending hashes of another key would make them unmatchable).
     */
    public static Writer append(Path file, FingerprintKey key) throws IOException {
        RegistryHeader header = readHeader(file);
        checkKey(header, key);
        read(file, null); // refuses to append to a damaged file
        return new Writer(Files.newOutputStream(file, StandardOpenOption.APPEND), header.fields().size());
    }

    /** Throws when {@code key} is not the key the registry was built with. */
    public static void checkKey(RegistryHeader header, FingerprintKey key) {
        if (!FingerprintKey.sameCheck(header.keyCheck(), key.checkValue())) {
            throw new IllegalArgumentException("the fingerprint key does not match this registry (key check value differs)");
        }
    }

    public static RegistryHeader readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readHeader(new CheckedInputStream(new BufferedInputStream(in), new CRC32()));
        }
    }

    private static RegistryHeader readHeader(CheckedInputStream checked) throws IOException {
        DataInputStream in = new DataInputStream(checked);
        try {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException("not an Airlock fingerprint registry");
            }
            int version = in.readUnsignedShort();
            if (version != VERSION) {
                throw new IOException("registry format version " + version + " is not supported (this Airlock reads " + VERSION + ")");
            }
            long check = in.readLong();
            boolean monthFirst = (in.readUnsignedByte() & 1) != 0;
            String name = in.readUTF();
            int count = in.readUnsignedByte();
            List<RegistryField> fields = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                FieldKind kind = kind(in.readUnsignedByte());
                String fieldName = in.readUTF();
                int columns = in.readUnsignedByte();
                List<String> names = new ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    names.add(in.readUTF());
                }
                fields.add(new RegistryField(fieldName, names, kind));
            }
            int expected = (int) checked.getChecksum().getValue();
            if (in.readInt() != expected) {
                throw new IOException("registry header is damaged (checksum)");
            }
            return new RegistryHeader(name, fields, check, monthFirst);
        } catch (EOFException e) {
            throw new IOException("registry header is truncated");
        } catch (IllegalArgumentException e) {
            throw new IOException("registry header is invalid: " + e.getMessage());
        }
    }

    /** Reads the whole registry, calling {@code visitor} (when not null) for every block entry. */
    public static RegistryHeader read(Path file, Visitor visitor) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), new CRC32());
            RegistryHeader header = readHeader(checked);
            DataInputStream in = new DataInputStream(checked);
            int fields = header.fields().size();
            long[] hashes = new long[fields];
            int block = 0;
            while (true) {
                checked.getChecksum().reset();
                int type = in.read();
                if (type < 0) {
                    return header;
                }
                try {
                    if (type == ADD) {
                        String label = in.readUTF();
                        boolean canary = (in.readUnsignedByte() & 1) != 0;
                        while (in.readUnsignedByte() == 1) {
                            String id = in.readUTF();
                            for (int i = 0; i < fields; i++) {
                                hashes[i] = in.readLong();
                            }
                            if (visitor != null) {
                                visitor.added(block, label, canary, id, hashes);
                            }
                        }
                    } else if (type == REMOVE) {
                        while (in.readUnsignedByte() == 1) {
                            String id = in.readUTF();
                            if (visitor != null) {
                                visitor.removed(block, id);
                            }
                        }
                    } else {
                        throw new IOException("registry block " + block + " has an unknown type");
                    }
                    int expected = (int) checked.getChecksum().getValue();
                    if (in.readInt() != expected) {
                        throw new IOException("registry block " + block + " is damaged (checksum)");
                    }
                } catch (EOFException e) {
                    throw new IOException("registry block " + block + " is truncated");
                }
                block++;
            }
        }
    }

    private static int kindCode(FieldKind kind) {
        return switch (kind) {
            case NAME -> 'N';
            case DATE -> 'D';
            case IDENTIFIER -> 'I';
            case TEXT -> 'T';
        };
    }

    private static FieldKind kind(int code) throws IOException {
        return switch (code) {
            case 'N' -> FieldKind.NAME;
            case 'D' -> FieldKind.DATE;
            case 'I' -> FieldKind.IDENTIFIER;
            case 'T' -> FieldKind.TEXT;
            default -> throw new IOException("registry field kind is unknown");
        };
    }
}
