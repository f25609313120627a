package org.airlock.extract.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Operators that tell a text stripper what is painted: path construction, fills and images.
 * PDFBox's own path operators only work inside a {@code PDFGraphicsStreamEngine}, which has no
 * text layout; a text stripper needs both in one pass, in content-stream order, so these few
 * operators are written here. They only keep a bounding box in page space and report each fill
 * or image with it; the stripper decides what that covers.
 */
final class PaintOperators {

    /** Called for each filled path and each image, in content-stream order. */
    interface Listener {
        /**
         * @param image whether an image was drawn (else a path was filled)
         * @param ownTransparency whether the image carries its own transparency (a soft mask or a colour-key mask)
         */
        void painted(Area area, boolean image, boolean ownTransparency);
    }

    private PaintOperators() {
    }

    static void register(PDFStreamEngine engine, PathBounds path, Listener listener) {
        for (String name : List.of("m", "l", "c", "v", "y")) {
            engine.addOperator(new PathPoints(engine, path, name));
        }
        engine.addOperator(new Rectangle(engine, path));
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            engine.addOperator(new Fill(engine, path, listener, name));
        }
        for (String name : List.of("S", "s", "n")) {
            engine.addOperator(new EndPath(engine, path, name));
        }
        engine.addOperator(new DrawImageOrForm(engine, listener));
        engine.addOperator(new InlineImage(engine, listener));
    }

    private static Matrix ctm(PDFStreamEngine engine) {
        return engine.getGraphicsState().getCurrentTransformationMatrix();
    }

    /** m, l, c, v, y: every coordinate pair among the operands is a point of the path. */
    private static final class PathPoints extends OperatorProcessor {
        private final PathBounds path;
        private final String name;

        PathPoints(PDFStreamEngine engine, PathBounds path, String name) {
            super(engine);
            this.path = path;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            Matrix ctm = ctm(getContext());
            for (int i = 0; i + 1 < operands.size(); i += 2) {
                if (operands.get(i) instanceof COSNumber x && operands.get(i + 1) instanceof COSNumber y) {
                    var p = ctm.transformPoint(x.floatValue(), y.floatValue());
                    path.add((float) p.getX(), (float) p.getY());
                }
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** re: x y width height. */
    private static final class Rectangle extends OperatorProcessor {
        private final PathBounds path;

        Rectangle(PDFStreamEngine engine, PathBounds path) {
            super(engine);
            this.path = path;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (operands.size() < 4 || !checkArrayTypesClass(operands, COSNumber.class)) {
                return;
            }
            float x = ((COSNumber) operands.get(0)).floatValue();
            float y = ((COSNumber) operands.get(1)).floatValue();
            float w = ((COSNumber) operands.get(2)).floatValue();
            float h = ((COSNumber) operands.get(3)).floatValue();
            Matrix ctm = ctm(getContext());
            for (float[] corner : new float[][] {{x, y}, {x + w, y}, {x, y + h}, {x + w, y + h}}) {
                var p = ctm.transformPoint(corner[0], corner[1]);
                path.add((float) p.getX(), (float) p.getY());
            }
        }

        @Override
        public String getName() {
            return "re";
        }
    }

    private static final class Fill extends OperatorProcessor {
        private final PathBounds path;
        private final Listener listener;
        private final String name;

        Fill(PDFStreamEngine engine, PathBounds path, Listener listener, String name) {
            super(engine);
            this.path = path;
            this.listener = listener;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            Area area = path.area();
            path.clear();
            if (area != null) {
                listener.painted(area, false, false);
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private static final class EndPath extends OperatorProcessor {
        private final PathBounds path;
        private final String name;

        EndPath(PDFStreamEngine engine, PathBounds path, String name) {
            super(engine);
            this.path = path;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            path.clear();
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** The unit square under the current matrix: where an image lands on the page. */
    private static Area unitSquare(PDFStreamEngine engine) {
        Matrix ctm = ctm(engine);
        PathBounds box = new PathBounds();
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            var p = ctm.transformPoint(corner[0], corner[1]);
            box.add((float) p.getX(), (float) p.getY());
        }
        return box.area();
    }

    /** Do: images are reported; form XObjects go to the stripper's own handler, which reads their text. */
    private static final class DrawImageOrForm extends OperatorProcessor {
        private final Listener listener;
        private final DrawObject forms;

        DrawImageOrForm(PDFStreamEngine engine, Listener listener) {
            super(engine);
            this.listener = listener;
            this.forms = new DrawObject(engine);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            PDResources resources = getContext().getResources();
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name
                    && resources != null && resources.isImageXObject(name)) {
                // Looking at the image's dictionary only: the picture itself is never decoded.
                boolean transparent = resources.getXObject(name) instanceof PDImageXObject image
                        && (image.getCOSObject().containsKey(COSName.SMASK) || image.getCOSObject().containsKey(COSName.MASK));
                listener.painted(unitSquare(getContext()), true, transparent);
                return;
            }
            forms.process(operator, operands);
        }

        @Override
        public String getName() {
            return "Do";
        }
    }

    private static final class InlineImage extends OperatorProcessor {
        private final Listener listener;

        InlineImage(PDFStreamEngine engine, Listener listener) {
            super(engine);
            this.listener = listener;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            listener.painted(unitSquare(getContext()), true, false);
        }

        @Override
        public String getName() {
            return "BI";
        }
    }
}
