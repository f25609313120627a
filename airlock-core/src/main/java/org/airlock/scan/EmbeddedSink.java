package org.airlock.scan;

import java.nio.file.Path;
import java.util.List;
import org.airlock.extract.ContentSink;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;

/**
 * Passes what an embedded document holds on to the outer file's analysis, with every location
 * prefixed by the document's path and every value marked as inside an embedded document (unless
 * it is hidden in a stronger way inside it).
 */
final class EmbeddedSink implements ContentSink {

    /** Opens a document found inside another, at the given nesting. */
    interface Nesting {
        void open(String path, Path file, ContentSink outer, int depth, Visibility visibleAs);
    }

    private final ContentSink outer;
    private final String path;
    private final Nesting nesting;
    private final int depth;
    private final Visibility visibleAs;

    /**
     * @param visibleAs what visible content inside the document becomes: {@link Visibility#EMBEDDED_OBJECT}
     *     for an object embedded in a document, {@link Visibility#CONTAINED_FILE} for an archive member
     *     or a mail attachment
     */
    EmbeddedSink(ContentSink outer, String path, Nesting nesting, int depth, Visibility visibleAs) {
        this.outer = outer;
        this.path = path;
        this.nesting = nesting;
        this.depth = depth;
        this.visibleAs = visibleAs;
    }

    private Visibility embedded(Visibility inner) {
        return inner == Visibility.VISIBLE ? visibleAs : inner;
    }

    @Override
    public void startTable(TableSource table) {
        outer.startTable(new TableSource(table.location().inside(path), embedded(table.visibility()), table.cellReferences(),
                table.firstRowIsHeader()));
    }

    @Override
    public void row(int rowIndex, List<TableCell> cells) {
        List<TableCell> marked = new java.util.ArrayList<>(cells.size());
        for (TableCell cell : cells) {
            marked.add(new TableCell(cell.column(), cell.text(), cell.kind(), embedded(cell.visibility())));
        }
        outer.row(rowIndex, marked);
    }

    @Override
    public void endTable() {
        outer.endTable();
    }

    @Override
    public void text(Location location, Visibility visibility, String text) {
        outer.text(location.inside(path), embedded(visibility), text);
    }

    @Override
    public void hiddenPlace(HiddenPlace place) {
        outer.hiddenPlace(new HiddenPlace(place.kind(), place.location().inside(path), place.count()));
    }

    @Override
    public void embedded(String childPath, Path file) {
        nesting.open(path + " › " + childPath, file, outer, depth + 1, Visibility.EMBEDDED_OBJECT);
    }

    @Override
    public void contained(String childPath, Path file) {
        // A member of an archive that is itself hidden in a document stays hidden.
        nesting.open(path + " › " + childPath, file, outer, depth + 1, visibleAs);
    }

    @Override
    public void notInspected(InspectionFailure failure) {
        outer.notInspected(new InspectionFailure(failure.kind(), failure.location().inside(path), failure.detail()));
    }

    /** A label on a document inside the file (an attached workbook labelled Confidential) counts for the file. */
    @Override
    public void sensitivityLabel(org.airlock.extract.SensitivityLabel label) {
        outer.sensitivityLabel(new org.airlock.extract.SensitivityLabel(label.id(), label.name(), label.enabled(),
                label.method(), label.siteId(), label.source().inside(path)));
    }
}
