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

/** A sink that passes everything on; subclasses change what they need. */
class ForwardingSink implements ContentSink {

    private final ContentSink delegate;

    ForwardingSink(ContentSink delegate) {
        this.delegate = delegate;
    }

    ContentSink delegate() {
        return delegate;
    }

    @Override
    public void startTable(TableSource table) {
        delegate.startTable(table);
    }

    @Override
    public void row(int rowIndex, List<TableCell> cells) {
        delegate.row(rowIndex, cells);
    }

    @Override
    public void endTable() {
        delegate.endTable();
    }

    @Override
    public void text(Location location, Visibility visibility, String text) {
        delegate.text(location, visibility, text);
    }

    @Override
    public void hiddenPlace(HiddenPlace place) {
        delegate.hiddenPlace(place);
    }

    @Override
    public void embedded(String path, Path file) {
        delegate.embedded(path, file);
    }

    @Override
    public void contained(String path, Path file) {
        delegate.contained(path, file);
    }

    @Override
    public void notInspected(InspectionFailure failure) {
        delegate.notInspected(failure);
    }

    @Override
    public void sensitivityLabel(org.airlock.extract.SensitivityLabel label) {
        delegate.sensitivityLabel(label);
    }
}
