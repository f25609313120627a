package org.airlock.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.SecureXml;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The filled values of an AcroForm's fields, and the XML of an XFA form. A field whose every widget
 * is hidden, has no size, or is on no page still carries its value in the file, so it is reported
 * as hidden.
 */
final class FormFieldReader {

    /** Largest XFA packet read; real ones are under a megabyte. */
    private static final int MAX_XFA_BYTES = 16 << 20;

    private final ContentSink sink;
    private final ExtractionContext context;

    FormFieldReader(ContentSink sink, ExtractionContext context) {
        this.sink = sink;
        this.context = context;
    }

    void read(PDDocument document) throws IOException {
        // getAcroForm(null): read the form as it is, without PDFBox's fix-ups that would rewrite it.
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        int filled = 0;
        for (PDField field : form.getFieldTree()) {
            context.checkDeadline();
            if (!(field instanceof PDTerminalField terminal)) {
                continue;
            }
            String value = terminal.getValueAsString();
            if (value == null || value.isBlank()) {
                continue;
            }
            filled++;
            String name = terminal.getFullyQualifiedName() == null ? "(unnamed)" : terminal.getFullyQualifiedName();
            boolean hidden = isHidden(terminal.getWidgets());
            Location where = new Location("", "form field '" + name + "'", "", hidden ? "hidden field" : "");
            if (hidden) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_FORM_FIELDS, where, 1));
            }
            // The field's name often says what the value is ("DateOfBirth"): it is context for the detectors.
            sink.text(where, hidden ? Visibility.HIDDEN_FORM_FIELD : Visibility.FORM_FIELD, name + ": " + value);
        }
        if (filled > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.FORM_FIELDS, Location.of("form"), filled));
        }
        if (form.hasXFA()) {
            readXfa(form.getXFA());
        }
    }

    /**
     * An XFA form keeps its template and its data (the values typed in) as XML packets that the
     * AcroForm fields may not mirror: every value and caption is read as form text.
     */
    private void readXfa(PDXFAResource xfa) {
        Location where = Location.of("XFA form");
        try {
            byte[] xml = xfa.getBytes();
            if (xml.length > MAX_XFA_BYTES) {
                sink.notInspected(new InspectionFailure(FailureKind.TOO_LARGE, where, "over " + MAX_XFA_BYTES + " bytes"));
                return;
            }
            XmlText text = new XmlText();
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(text);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.FORM_FIELDS, where, text.values()));
            if (text.values() > 0) {
                sink.text(where, Visibility.FORM_FIELD, text.text());
            }
        } catch (IOException | SAXException | RuntimeException e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), where, Failures.safeDetail(e)));
        }
    }

    private static boolean isHidden(List<PDAnnotationWidget> widgets) {
        if (widgets.isEmpty()) {
            return true;
        }
        for (PDAnnotationWidget widget : widgets) {
            PDRectangle rect = widget.getRectangle();
            boolean sized = rect != null && rect.getWidth() > 0.5f && rect.getHeight() > 0.5f;
            if (!widget.isHidden() && !widget.isNoView() && sized) {
                return false;
            }
        }
        return true;
    }
}
