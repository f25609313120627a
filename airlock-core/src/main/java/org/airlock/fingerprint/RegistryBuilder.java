package org.airlock.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a registry from a dataset export, and adds or removes records later by appending a block
 * (no rebuild). Field values are normalised and hashed as they stream past; only ids and hashes
 * are written.
 */
public final class RegistryBuilder {

    /** What a build or an addition did. */
    public record Result(long records, long skipped) {
    }

    private final FingerprintKey key;

    public RegistryBuilder(FingerprintKey key) {
        this.key = key;
    }

    /**
     * Builds {@code output} from {@code input}.
     *
     * @param idColumn the column holding each record's id (a key that is not personal data itself)
     * @param fields the fingerprinted fields; none of them may be the id column
     */
    public Result build(Path input, String idColumn, List<RegistryField> fields, String name, boolean monthFirst, Path output)
            throws IOException {
        for (RegistryField field : fields) {
            if (field.columns().stream().anyMatch(c -> c.equalsIgnoreCase(idColumn))) {
                throw new IllegalArgumentException("the id column '" + idColumn + "' is stored in clear, so it cannot also be a"
                        + " fingerprinted field: use a record key as id");
            }
        }
        RegistryHeader header = new RegistryHeader(name, fields, key.checkValue(), monthFirst);
        Path temp = Files.createTempFile(output.toAbsolutePath().getParent(), ".airlock-registry", ".tmp");
        try {
            Result result;
            try (RegistryFile.Writer writer = RegistryFile.create(temp, header)) {
                writer.startAdd("", false);
                result = addRows(input, idColumn, header, writer);
            }
            Files.move(temp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Appends the rows of {@code input} (same columns as the registry's) to {@code registry}. */
    public Result add(Path registry, Path input, String idColumn, String label, boolean canaries) throws IOException {
        RegistryHeader header = RegistryFile.readHeader(registry);
        try (RegistryFile.Writer writer = RegistryFile.append(registry, key)) {
            writer.startAdd(label == null ? "" : label, canaries);
            return addRows(input, idColumn, header, writer);
        }
    }

    /** Appends records already hashed (canaries, benchmarks) to {@code registry}. */
    public long add(Path registry, List<String> ids, List<long[]> hashes, String label, boolean canaries) throws IOException {
        try (RegistryFile.Writer writer = RegistryFile.append(registry, key)) {
            writer.startAdd(label == null ? "" : label, canaries);
            for (int i = 0; i < ids.size(); i++) {
                writer.add(ids.get(i), hashes.get(i));
            }
        }
        return ids.size();
    }

    /** Appends a block removing {@code ids} from {@code registry}. */
    public void remove(Path registry, List<String> ids) throws IOException {
        try (RegistryFile.Writer writer = RegistryFile.append(registry, key)) {
            writer.startRemove();
            for (String id : ids) {
                writer.remove(id);
            }
        }
    }

    /** The hashes of one record's field values, for {@code header}'s fields. */
    public static long[] hashes(FieldHasher hasher, RegistryHeader header, List<String[]> fieldValues) {
        long[] hashes = new long[header.fields().size()];
        for (int f = 0; f < hashes.length; f++) {
            hashes[f] = hasher.field(header.fields().get(f).kind(), header.monthFirst(), fieldValues.get(f));
        }
        return hashes;
    }

    private Result addRows(Path input, String idColumn, RegistryHeader header, RegistryFile.Writer writer) throws IOException {
        List<String> columns = new ArrayList<>();
        columns.add(idColumn);
        for (RegistryField field : header.fields()) {
            columns.addAll(field.columns());
        }
        FieldHasher hasher = new FieldHasher(key);
        long[] counts = new long[2];
        Set<String> seen = new HashSet<>();
        DatasetReader.read(input, columns, (row, values) -> {
            String id = values[0].strip();
            if (id.isEmpty() || !seen.add(id)) {
                counts[1]++; // no id, or a repeated id: the record could not be told apart
                return;
            }
            long[] hashes = new long[header.fields().size()];
            int at = 1;
            boolean any = false;
            for (int f = 0; f < hashes.length; f++) {
                RegistryField field = header.fields().get(f);
                String[] raw = new String[field.columns().size()];
                System.arraycopy(values, at, raw, 0, raw.length);
                at += raw.length;
                hashes[f] = hasher.field(field.kind(), header.monthFirst(), raw);
                any |= hashes[f] != 0;
            }
            if (!any) {
                counts[1]++;
                return;
            }
            writer.add(id, hashes);
            counts[0]++;
        });
        return new Result(counts[0], counts[1]);
    }
}
