package org.airlock.extract.slides;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.airlock.extract.CellKind;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.apache.poi.sl.usermodel.Comment;
import org.apache.poi.sl.usermodel.GroupShape;
import org.apache.poi.sl.usermodel.Notes;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.Shape;
import org.apache.poi.sl.usermodel.SimpleShape;
import org.apache.poi.sl.usermodel.Slide;
import org.apache.poi.sl.usermodel.TableShape;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;

/**
 * Reads one slide through POI's format-neutral slide API, so pptx (XSLF) and ppt (HSLF) are read
 * the same way: text shapes paragraph by paragraph, tables as tables, speaker notes, comments;
 * a hidden slide and a shape whose anchor lies wholly outside the page are reported as such.
 */
final class SlideReader {

    /** Placeholders on a notes page that hold page furniture, not the speaker's notes. */
    private static final Set<Placeholder> FURNITURE = EnumSet.of(Placeholder.SLIDE_NUMBER, Placeholder.HEADER,
            Placeholder.FOOTER, Placeholder.DATETIME, Placeholder.SLIDE_IMAGE);

    private final ContentSink sink;
    private final ExtractionContext context;
    private final Dimension page;
    private int tables;

    SlideReader(ContentSink sink, ExtractionContext context, Dimension page) {
        this.sink = sink;
        this.context = context;
        this.page = page;
    }

    void read(Slide<?, ?> slide, String label) {
        context.checkDeadline();
        tables = 0;
        Visibility base = Visibility.VISIBLE;
        if (slide.isHidden()) {
            base = Visibility.HIDDEN_SLIDE;
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_SLIDES, Location.of(label), 1));
        }
        for (Shape<?, ?> shape : slide.getShapes()) {
            Visibility visibility = base;
            Rectangle2D anchor = anchor(shape);
            if (anchor != null && offPage(anchor, page)) {
                visibility = Visibility.OFF_SLIDE;
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.OFF_SLIDE_OBJECTS, shapeLocation(label, shape), 1));
            }
            shape(shape, label, visibility);
        }
        Notes<?, ?> notes = slide.getNotes();
        if (notes != null) {
            boolean any = false;
            for (Shape<?, ?> shape : notes.getShapes()) {
                if (shape instanceof TextShape<?, ?> text && !(shape instanceof SimpleShape<?, ?> simple
                        && simple.getPlaceholder() != null && FURNITURE.contains(simple.getPlaceholder()))) {
                    any |= paragraphs(text, new Location("", label, "", "speaker notes"), Visibility.SPEAKER_NOTES);
                }
            }
            if (any) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.SPEAKER_NOTES, Location.of(label), 1));
            }
        }
        List<? extends Comment> comments = slide.getComments();
        for (Comment comment : comments) {
            String author = comment.getAuthor() == null || comment.getAuthor().isBlank() ? "comment" : "comment by " + comment.getAuthor();
            if (comment.getText() != null && !comment.getText().isBlank()) {
                sink.text(new Location("", label, "", author), Visibility.REVIEW_COMMENT, comment.getText());
            }
        }
        if (!comments.isEmpty()) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.COMMENTS, Location.of(label), comments.size()));
        }
    }

    private void shape(Shape<?, ?> shape, String slide, Visibility visibility) {
        context.checkDeadline();
        if (shape instanceof GroupShape<?, ?> group) {
            if (!gridTable(group, slide, visibility)) {
                // Children's anchors are in the group's own coordinates: the group's placement decides.
                for (Shape<?, ?> child : group.getShapes()) {
                    shape(child, slide, visibility);
                }
            }
        } else if (shape instanceof TableShape<?, ?> table) {
            tables++;
            sink.startTable(new TableSource(Location.of(slide + " › table " + tables), visibility, TableSource.CellReferences.A1));
            for (int r = 0; r < table.getNumberOfRows(); r++) {
                List<TableCell> cells = new ArrayList<>();
                for (int c = 0; c < table.getNumberOfColumns(); c++) {
                    var cell = table.getCell(r, c);
                    String text = cell == null ? null : cell.getText();
                    if (text != null && !text.isBlank()) {
                        cells.add(new TableCell(c, text.strip(), CellKind.TEXT, visibility));
                    }
                }
                if (!cells.isEmpty()) {
                    sink.row(r, cells);
                }
            }
            sink.endTable();
        } else if (shape instanceof TextShape<?, ?> text) {
            paragraphs(text, shapeLocation(slide, shape), visibility);
        }
    }

    /**
     * A group of text boxes laid out in a grid is a table: the ppt format stores a table as such a
     * group, and HSLF does not always recognise it. Read as rows (by top edge) and columns (by left
     * edge) so a list of people is understood like a sheet. False when the group is not a grid.
     */
    private boolean gridTable(GroupShape<?, ?> group, String slide, Visibility visibility) {
        List<? extends Shape<?, ?>> children = group.getShapes();
        if (children.size() < 4) {
            return false;
        }
        java.util.TreeSet<Double> tops = new java.util.TreeSet<>();
        java.util.TreeSet<Double> lefts = new java.util.TreeSet<>();
        for (Shape<?, ?> child : children) {
            Rectangle2D anchor = anchor(child);
            if (!(child instanceof TextShape<?, ?>) || anchor == null) {
                return false;
            }
            tops.add(Math.rint(anchor.getY()));
            lefts.add(Math.rint(anchor.getX()));
        }
        if (tops.size() < 2 || lefts.size() < 2 || (long) tops.size() * lefts.size() != children.size()) {
            return false;
        }
        List<Double> rowTops = new ArrayList<>(tops);
        List<Double> columnLefts = new ArrayList<>(lefts);
        List<List<TableCell>> rows = new ArrayList<>();
        rowTops.forEach(t -> rows.add(new ArrayList<>()));
        for (Shape<?, ?> child : children) {
            Rectangle2D anchor = anchor(child);
            String text = ((TextShape<?, ?>) child).getText();
            if (text != null && !text.isBlank()) {
                int column = columnLefts.indexOf(Math.rint(anchor.getX()));
                rows.get(rowTops.indexOf(Math.rint(anchor.getY()))).add(new TableCell(column, text.strip(), CellKind.TEXT, visibility));
            }
        }
        tables++;
        sink.startTable(new TableSource(Location.of(slide + " › table " + tables), visibility, TableSource.CellReferences.A1));
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r);
            cells.sort(java.util.Comparator.comparingInt(TableCell::column));
            if (!cells.isEmpty()) {
                sink.row(r, cells);
            }
        }
        sink.endTable();
        return true;
    }

    /** Each paragraph of a text shape as one text; true when any had text. */
    private boolean paragraphs(TextShape<?, ?> shape, Location location, Visibility visibility) {
        boolean any = false;
        for (TextParagraph<?, ?, ?> paragraph : shape.getTextParagraphs()) {
            StringBuilder text = new StringBuilder();
            paragraph.getTextRuns().forEach(run -> text.append(run.getRawText()));
            if (!text.toString().isBlank()) {
                any = true;
                sink.text(location, visibility, text.toString().strip());
            }
        }
        return any;
    }

    private static Location shapeLocation(String slide, Shape<?, ?> shape) {
        String name = shape.getShapeName();
        return new Location("", slide, "", name == null || name.isBlank() ? "" : "shape '" + name + "'");
    }

    private static Rectangle2D anchor(Shape<?, ?> shape) {
        try {
            return shape.getAnchor();
        } catch (RuntimeException e) {
            return null; // a shape without its own transform is placed by its layout
        }
    }

    /** Wholly outside the slide: beyond its right or bottom edge, or before its left or top edge. */
    static boolean offPage(Rectangle2D anchor, Dimension page) {
        return anchor.getX() >= page.getWidth() || anchor.getY() >= page.getHeight()
                || anchor.getMaxX() <= 0 || anchor.getMaxY() <= 0;
    }
}
