package org.airlock.extract;

import java.nio.file.Path;
import java.util.List;

/**
 * Receives what an extractor finds, as it streams through a file: tables row by row, free text,
 * the hidden-content inventory, embedded documents, and parts it could not read. Implementations
 * decide what is personal; extractors only say what is there and how visible it is.
 */
public interface ContentSink {

    void startTable(TableSource table);

    /**
     * One row of the current table.
     *
     * @param rowIndex zero-based row (record) number
     * @param cells the non-empty cells, ascending by column; the list is the sink's to keep
     */
    void row(int rowIndex, List<TableCell> cells);

    void endTable();

    /** Free text: a comment, a property, a defined name, a header, the text of a part. */
    void text(Location location, Visibility visibility, String text);

    void hiddenPlace(HiddenPlace place);

    /**
     * An embedded document, copied to a temporary file the caller deletes after this returns.
     *
     * @param path the document's path inside its container, e.g. {@code xl/embeddings/oleObject1.bin}
     */
    void embedded(String path, Path file);

    /**
     * A file inside an archive or attached to a message, copied to a temporary file the caller
     * deletes after this returns. Inspected like an embedded document, but whoever opens the
     * container sees it, so what is visible inside it is reported as
     * {@link Visibility#CONTAINED_FILE}, not as hidden. Defaults to {@link #embedded}.
     *
     * @param path the file's path inside its container, e.g. {@code data/inner.zip}
     */
    default void contained(String path, Path file) {
        embedded(path, file);
    }

    /** Part of the file could not be read; the whole file then cannot PASS. */
    void notInspected(InspectionFailure failure);

    /** A sensitivity label the file carries (docs/risk.md). Ignored unless the sink cares. */
    default void sensitivityLabel(SensitivityLabel label) {
    }
}
