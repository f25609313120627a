package org.airlock.extract.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquareCircle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the pages of a PDF once each, in content-stream order, and separates the text a reader
 * sees from the text a reader cannot see. PDFTextStripper orders and spaces the visible text; this
 * subclass also follows what it ignores (filled paths, images, fill colours, marked content) so
 * that each glyph can be judged: covered by an opaque box or image painted after it (a failed
 * redaction), painted in rendering mode 3, outside the crop box, inside a layer switched off,
 * white on a white page, or too small to read. Hidden glyphs are taken out of the visible text
 * before PDFTextStripper writes the page, so they are reported once, with how they are hidden.
 *
 * <p>Not thread-safe: one instance per document.
 */
final class PageTextReader extends PDFTextStripper {

    /** Text smaller than this (in points, after scaling) cannot be read on screen or paper. */
    private static final float TINY_POINTS = 1.0f;
    /** Fill opacity at or above which a box hides what is under it. */
    private static final double OPAQUE = 0.95;
    /** Share of the page images must cover for a page without text to count as a scan. */
    private static final float SCAN_COVER = 0.25f;
    private static final int OPERATORS_PER_DEADLINE_CHECK = 2_000;

    private final ExtractionContext context;
    private final Consumer<PageContent> pages;
    private final Consumer<PageFailure> failures;
    private final PDOptionalContentProperties layers;
    private final StringWriter out = new StringWriter();

    /** Painted areas and glyphs of the current page, in content-stream order. */
    private final List<Paint> paints = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Area> annotationCovers = new ArrayList<>();
    private final Deque<Boolean> layerOff = new ArrayDeque<>();
    private final PathBounds path = new PathBounds();
    private Matrix pendingRenderingMatrix;
    /** Hidden text of the current page, set when the page is written. */
    private List<HiddenRun> hiddenRuns = List.of();
    private PDRectangle cropBox;
    private int operators;

    /** A failure confined to one page: the other pages are still read. */
    record PageFailure(int page, Exception cause) {
    }

    PageTextReader(PDDocument document, ExtractionContext context, Consumer<PageContent> pages,
                   Consumer<PageFailure> failures) throws IOException {
        this.context = context;
        this.pages = pages;
        this.failures = failures;
        this.layers = document.getDocumentCatalog().getOCProperties();
        setSortByPosition(true);
        setLineSeparator("\n");
        // The stripper follows text operators only; these let it see colours, layers and what is painted.
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
        PaintOperators.register(this, path, this::painted);
    }

    /** Reads pages 1 to {@code lastPage}, handing each page's content to the consumer as it ends. */
    void read(PDDocument document, int lastPage) throws IOException {
        setStartPage(1);
        setEndPage(lastPage);
        writeText(document, out);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExtractionContext.InspectionTimeout timeout) {
                throw timeout;
            }
            failures.accept(new PageFailure(getCurrentPageNo(), e));
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        context.checkDeadline();
        paints.clear();
        glyphs.clear();
        layerOff.clear();
        path.clear();
        out.getBuffer().setLength(0);
        cropBox = page.getCropBox();
        checkContentsDecode(page);
        annotationCovers.clear();
        for (PDAnnotation annotation : page.getAnnotations()) {
            Area cover = coverOf(annotation);
            if (cover != null) {
                annotationCovers.add(cover);
            }
        }
        super.startPage(page);
    }

    /**
     * Decodes each content stream of the page once before reading it. PDFBox reads a stream it
     * cannot decode (an unknown filter, say) as an empty page without a word; here that becomes a
     * failure of the page, so its text is not silently missing.
     */
    private void checkContentsDecode(PDPage page) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
            try (InputStream in = streams.next().createInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    context.checkDeadline();
                }
            }
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_PER_DEADLINE_CHECK == 0) {
            context.checkDeadline();
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        pendingRenderingMatrix = textRenderingMatrix;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        pendingRenderingMatrix = null;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        Matrix m = pendingRenderingMatrix;
        if (m != null) {
            PDGraphicsState state = getGraphicsState();
            RenderingMode mode = state.getTextState().getRenderingMode();
            float size = Math.abs(m.getScalingFactorY());
            float width = Math.max(Math.abs(text.getWidth()), size * 0.2f);
            glyphs.add(new Glyph(text, m.getTranslateX(), m.getTranslateY(), width, size, paints.size(),
                    mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP,
                    mode.isFill() && isWhite(state.getNonStrokingColor()),
                    !layerOff.isEmpty() && layerOff.peek()));
        }
        super.processTextPosition(text);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean outerOff = !layerOff.isEmpty() && layerOff.peek();
        layerOff.push(outerOff || (COSName.OC.equals(tag) && isOff(properties)));
    }

    @Override
    public void endMarkedContentSequence() {
        if (!layerOff.isEmpty()) {
            layerOff.pop();
        }
    }

    private void painted(Area area, boolean image, boolean ownTransparency) {
        PDGraphicsState state = getGraphicsState();
        boolean opaque = state.getNonStrokeAlphaConstant() >= OPAQUE && state.getSoftMask() == null && !ownTransparency;
        boolean white = !image && isWhite(state.getNonStrokingColor());
        if (!layerOff.isEmpty() && layerOff.peek()) {
            return; // a box in a layer that is off is not drawn
        }
        paints.add(new Paint(area, image, opaque, white));
    }

    /** Takes the hidden glyphs out of the page before PDFTextStripper orders and writes the rest. */
    @Override
    protected void writePage() throws IOException {
        List<HiddenRun> runs = classify();
        super.writePage();
        hiddenRuns = runs;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        int page1 = getCurrentPageNo();
        String visible = out.toString().strip();
        boolean scanned = glyphs.isEmpty() && imageCover() >= SCAN_COVER;
        pages.accept(new PageContent(page1, visible, hiddenRuns, scanned));
        hiddenRuns = List.of();
        out.getBuffer().setLength(0);
    }

    private float imageCover() {
        float pageSize = cropBox.getWidth() * cropBox.getHeight();
        float covered = 0;
        for (Paint paint : paints) {
            if (paint.image) {
                covered += paint.area.size();
            }
        }
        return pageSize <= 0 ? 0 : covered / pageSize;
    }

    private List<HiddenRun> classify() {
        Set<TextPosition> hidden = Collections.newSetFromMap(new IdentityHashMap<>());
        List<HiddenRun> runs = new ArrayList<>();
        RunBuilder current = null;
        for (Glyph glyph : glyphs) {
            Verdict verdict = judge(glyph);
            if (verdict == null) {
                continue;
            }
            hidden.add(glyph.text);
            if (current == null || !current.accepts(verdict)) {
                if (current != null) {
                    runs.add(current.build());
                }
                current = new RunBuilder(verdict);
            }
            current.add(glyph);
        }
        if (current != null) {
            runs.add(current.build());
        }
        if (!hidden.isEmpty()) {
            for (List<TextPosition> article : charactersByArticle) {
                article.removeIf(hidden::contains);
            }
        }
        return runs;
    }

    /** How a glyph is hidden, or null when a reader sees it. The first reason that applies wins. */
    private Verdict judge(Glyph glyph) {
        float cx = glyph.x + glyph.width / 2;
        float cy = glyph.y + glyph.size * 0.3f;
        if (glyph.invisible && !paintedBefore(glyph, cx, cy, true)) {
            // Invisible text over an image painted before it is an OCR layer: it says what the scan shows.
            return new Verdict(Visibility.INVISIBLE_TEXT, HiddenPlaceKind.INVISIBLE_TEXT, null);
        }
        if (glyph.layerOff) {
            return new Verdict(Visibility.LAYER_OFF, HiddenPlaceKind.LAYER_OFF, null);
        }
        if (cropBox != null && !cropBox.contains(cx, cy)) {
            return new Verdict(Visibility.OUTSIDE_PAGE, HiddenPlaceKind.TEXT_OUTSIDE_PAGE, null);
        }
        for (int i = glyph.paintsBefore; i < paints.size(); i++) {
            Paint paint = paints.get(i);
            if (paint.opaque && covers(paint.area, glyph, cx)) {
                return new Verdict(Visibility.UNDER_REDACTION_BOX, HiddenPlaceKind.FAILED_REDACTION, paint.area);
            }
        }
        for (Area cover : annotationCovers) {
            if (covers(cover, glyph, cx)) {
                return new Verdict(Visibility.UNDER_REDACTION_BOX, HiddenPlaceKind.FAILED_REDACTION, cover);
            }
        }
        if (glyph.white && !paintedBefore(glyph, cx, cy, false)) {
            return new Verdict(Visibility.WHITE_TEXT, HiddenPlaceKind.WHITE_TEXT, null);
        }
        if (glyph.size < TINY_POINTS && !glyph.invisible) {
            return new Verdict(Visibility.TINY_TEXT, HiddenPlaceKind.TINY_TEXT, null);
        }
        return null;
    }

    /**
     * Whether an area hides a glyph: it must span most of the glyph's height, so an underline or a
     * strike-through line drawn after the text does not count as a redaction box.
     */
    private static boolean covers(Area area, Glyph glyph, float cx) {
        return area.contains(cx, glyph.y + glyph.size * 0.1f) && area.contains(cx, glyph.y + glyph.size * 0.6f);
    }

    /** Whether a dark background (or, for images only, any image) was painted under the point before the glyph. */
    private boolean paintedBefore(Glyph glyph, float x, float y, boolean imagesOnly) {
        for (int i = 0; i < glyph.paintsBefore; i++) {
            Paint paint = paints.get(i);
            if (paint.area.contains(x, y) && (imagesOnly ? paint.image : paint.image || !paint.white)) {
                return true;
            }
        }
        return false;
    }

    private boolean isOff(COSDictionary properties) {
        if (layers == null || properties == null) {
            return false;
        }
        if (COSName.OCG.equals(properties.getCOSName(COSName.TYPE))) {
            return !layers.isGroupEnabled(new PDOptionalContentGroup(properties));
        }
        if (COSName.OCMD.equals(properties.getCOSName(COSName.TYPE))) {
            // Membership dictionary with the default policy AnyOn: hidden when every group it names is off.
            COSBase groups = properties.getDictionaryObject(COSName.OCGS);
            List<COSDictionary> members = new ArrayList<>();
            if (groups instanceof COSDictionary one) {
                members.add(one);
            } else if (groups instanceof COSArray many) {
                for (COSBase item : many) {
                    if (item != null && item.getCOSObject() instanceof COSDictionary group) {
                        members.add(group);
                    }
                }
            }
            return !members.isEmpty() && members.stream().noneMatch(g -> layers.isGroupEnabled(new PDOptionalContentGroup(g)));
        }
        return false;
    }

    /**
     * The area an annotation paints over the page's text, for the annotations used as redaction
     * marks: a Redact annotation not yet applied, a filled Square, a near-black Highlight.
     */
    private static Area coverOf(PDAnnotation annotation) {
        PDRectangle rect = annotation.getRectangle();
        if (rect == null || annotation.isHidden() || annotation.isNoView()) {
            return null;
        }
        String subtype = annotation.getSubtype();
        boolean covers = "Redact".equals(subtype)
                || (annotation instanceof PDAnnotationSquareCircle square && "Square".equals(subtype)
                    && square.getInteriorColor() != null && square.getInteriorColor().getComponents().length > 0)
                || ("Highlight".equals(subtype) && annotation.getColor() != null && isDark(annotation.getColor()));
        return covers ? new Area(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getUpperRightX(), rect.getUpperRightY()) : null;
    }

    private static boolean isDark(PDColor colour) {
        int rgb = rgb(colour);
        return rgb >= 0 && ((rgb >> 16) & 0xff) < 64 && ((rgb >> 8) & 0xff) < 64 && (rgb & 0xff) < 64;
    }

    private static boolean isWhite(PDColor colour) {
        int rgb = rgb(colour);
        return rgb >= 0 && ((rgb >> 16) & 0xff) >= 0xf0 && ((rgb >> 8) & 0xff) >= 0xf0 && (rgb & 0xff) >= 0xf0;
    }

    private static int rgb(PDColor colour) {
        try {
            return colour == null ? -1 : colour.toRGB() & 0xffffff;
        } catch (IOException | RuntimeException e) {
            return -1; // patterns and unusual colour spaces: no judgement
        }
    }

    private record Glyph(TextPosition text, float x, float y, float width, float size, int paintsBefore,
                         boolean invisible, boolean white, boolean layerOff) {
    }

    private record Paint(Area area, boolean image, boolean opaque, boolean white) {
    }

    private record Verdict(Visibility visibility, HiddenPlaceKind kind, Area cover) {
    }

    /** Joins consecutive hidden glyphs into text, adding spaces and line breaks where the glyphs leave gaps. */
    private static final class RunBuilder {
        private final Verdict verdict;
        private final StringBuilder text = new StringBuilder();
        private Area extent;
        private Glyph last;

        RunBuilder(Verdict verdict) {
            this.verdict = verdict;
        }

        boolean accepts(Verdict other) {
            return verdict.visibility == other.visibility && java.util.Objects.equals(verdict.cover, other.cover);
        }

        void add(Glyph glyph) {
            if (last != null) {
                if (Math.abs(glyph.y - last.y) > last.size * 0.5f) {
                    text.append('\n');
                } else if (glyph.x - (last.x + last.width) > last.size * 0.2f) {
                    text.append(' ');
                }
            }
            text.append(glyph.text.getUnicode());
            Area box = new Area(glyph.x, glyph.y, glyph.x + glyph.width, glyph.y + glyph.size);
            extent = extent == null ? box : extent.union(box);
            last = glyph;
        }

        HiddenRun build() {
            return new HiddenRun(verdict.visibility, verdict.kind, verdict.cover != null ? verdict.cover : extent, text.toString());
        }
    }
}
