package org.airlock.fingerprint;

import java.util.List;

/**
 * One fingerprinted field of a protected dataset: its name, the source column(s) it is read from
 * (a name split over "Given" and "Family" is one field of two columns) and its kind.
 */
public record RegistryField(String name, List<String> columns, FieldKind kind) {

    public RegistryField {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("field '" + name + "' has no column");
        }
    }

    /**
     * Parses a field spec: {@code Column}, {@code Column:kind}, or {@code Given+Family[:kind]} for
     * a value split over columns. Without a kind it is guessed from the column name.
     */
    public static RegistryField parse(String spec) {
        String s = spec.strip();
        FieldKind kind = null;
        int colon = s.lastIndexOf(':');
        if (colon > 0) {
            kind = FieldKind.parse(s.substring(colon + 1));
            s = s.substring(0, colon);
        }
        List<String> columns = List.of(s.split("\\+"));
        columns = columns.stream().map(String::strip).toList();
        if (kind == null) {
            kind = columns.size() > 1 ? FieldKind.NAME : FieldKind.guess(columns.get(0));
        }
        return new RegistryField(s, columns, kind);
    }
}
