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
        void open(String path, Path file, ContentSink outer, int depth);
    }

    private final ContentSink outer;
    private final String path;
    private final Nesting nesting;
    private final int depth;

    EmbeddedSink(ContentSink outer, String path, Nesting nesting, int depth) {
        this.outer = outer;
        this.path = path;
        this.nesting = nesting;
        this.depth = depth;
    }

    private static Visibility embedded(Visibility inner) {
        return inner == Visibility.VISIBLE ? Visibility.EMBEDDED_OBJECT : inner;
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
        nesting.open(path + " › " + childPath, file, outer, depth + 1);
    }

    @Override
    public void notInspected(InspectionFailure failure) {
        outer.notInspected(new InspectionFailure(failure.kind(), failure.location().inside(path), failure.detail()));
    }
}
