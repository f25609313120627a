package org.airlock.extract.pdf;

import java.io.IOException;
import java.util.Locale;
import org.airlock.extract.ContentSink;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;

/**
 * The annotations of a page: sticky notes, mark-up, free text, stamps. Their contents and their
 * author (the "title" PDF gives the name of whoever wrote the note) go to the sink as text; file
 * attachment annotations hand their file to {@link AttachmentReader}. Form widgets belong to
 * {@link FormFieldReader}, links and pop-ups hold nothing of their own.
 */
final class AnnotationReader {

    private final ContentSink sink;
    private final AttachmentReader attachments;

    AnnotationReader(ContentSink sink, AttachmentReader attachments) {
        this.sink = sink;
        this.attachments = attachments;
    }

    void read(PDPage page, int pageNumber) throws IOException {
        int index = 0;
        for (PDAnnotation annotation : page.getAnnotations()) {
            index++;
            String subtype = annotation.getSubtype();
            if ("Widget".equals(subtype) || "Link".equals(subtype) || "Popup".equals(subtype)) {
                continue;
            }
            Location where = new Location("", "page " + pageNumber, place(annotation.getRectangle()),
                    (subtype == null ? "unknown" : subtype) + " annotation " + index);
            StringBuilder text = new StringBuilder();
            if (annotation instanceof PDAnnotationMarkup markup) {
                append(text, "Author", markup.getTitlePopup());
                append(text, "Subject", markup.getSubject());
            }
            append(text, "Contents", annotation.getContents());
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.ANNOTATIONS, where, 1));
            if (!text.isEmpty()) {
                sink.text(where, Visibility.ANNOTATION, text.toString());
            }
            if (annotation instanceof PDAnnotationFileAttachment attachment) {
                attachments.read(attachment.getFile(), "page " + pageNumber + " annotation " + index);
            }
        }
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    static String place(PDRectangle rect) {
        if (rect == null) {
            return "";
        }
        return String.format(Locale.ROOT, "at x %d, y %d pt", Math.round(rect.getLowerLeftX()), Math.round(rect.getLowerLeftY()));
    }
}
