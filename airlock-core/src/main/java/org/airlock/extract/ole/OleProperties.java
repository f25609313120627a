package org.airlock.extract.ole;

import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.ContentSink;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Location;
import org.airlock.extract.MsipLabels;
import org.airlock.extract.Visibility;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;

/**
 * The document properties of an OLE2 Office file (xls, doc, ppt): author, last saved by, title,
 * subject, comments, keywords, company, manager and custom properties, each scanned as metadata.
 */
public final class OleProperties {

    private OleProperties() {
    }

    /** Either argument may be null (the stream is missing). */
    public static void read(SummaryInformation summary, DocumentSummaryInformation document, ContentSink sink) {
        List<String> present = new ArrayList<>();
        if (summary != null) {
            property(sink, present, "author", summary.getAuthor());
            property(sink, present, "last saved by", summary.getLastAuthor());
            property(sink, present, "title", summary.getTitle());
            property(sink, present, "subject", summary.getSubject());
            property(sink, present, "comments", summary.getComments());
            property(sink, present, "keywords", summary.getKeywords());
        }
        if (document != null) {
            property(sink, present, "company", document.getCompany());
            property(sink, present, "manager", document.getManager());
            if (document.getCustomProperties() != null) {
                MsipLabels labels = new MsipLabels();
                for (var entry : document.getCustomProperties().entrySet()) {
                    if (MsipLabels.isLabelProperty(entry.getKey())) {
                        labels.property(entry.getKey(), String.valueOf(entry.getValue()));
                    } else {
                        property(sink, present, "custom " + entry.getKey(), String.valueOf(entry.getValue()));
                    }
                }
                labels.report(Location.of("custom properties"), sink);
            }
        }
        if (!present.isEmpty()) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.DOCUMENT_PROPERTIES, Location.of("document properties"), present.size()));
        }
    }

    private static void property(ContentSink sink, List<String> present, String name, String value) {
        if (value != null && !value.isBlank()) {
            present.add(name);
            sink.text(Location.of("document properties").withDetail(name), Visibility.METADATA, value);
        }
    }
}
