package org.airlock.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.airlock.extract.ContentSink;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.MsipLabels;
import org.airlock.extract.SecureXml;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A PDF's two metadata stores: the document information dictionary (Author, Title, Subject,
 * Keywords, custom keys) and the XMP packet (dc:creator, dc:description, xmpMM:History, custom
 * schemas). Both go to the sink as "key: value" lines with the METADATA visibility.
 */
final class MetadataReader {

    /** Largest XMP packet read; real packets are a few kilobytes. */
    private static final int MAX_XMP_BYTES = 4 << 20;

    private final ContentSink sink;

    MetadataReader(ContentSink sink) {
        this.sink = sink;
    }

    void read(PDDocument document) throws IOException {
        readInformation(document.getDocumentInformation());
        readXmp(document.getDocumentCatalog().getMetadata());
    }

    private void readInformation(PDDocumentInformation information) {
        if (information == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int keys = 0;
        MsipLabels labels = new MsipLabels();
        for (String key : information.getMetadataKeys()) {
            COSBase value = information.getCOSObject().getDictionaryObject(COSName.getPDFName(key));
            if (value instanceof COSString string && MsipLabels.isLabelProperty(key)) {
                labels.property(key, string.getString()); // Office keeps the label when it saves a PDF
            } else if (value instanceof COSString string && !string.getString().isBlank()) {
                text.append(key).append(": ").append(string.getString().strip()).append('\n');
                keys++;
            }
        }
        labels.report(Location.of("document information"), sink);
        if (keys > 0) {
            Location where = Location.of("document information");
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.DOCUMENT_PROPERTIES, where, keys));
            sink.text(where, Visibility.METADATA, text.toString());
        }
    }

    private void readXmp(PDMetadata metadata) {
        if (metadata == null) {
            return;
        }
        Location where = Location.of("XMP metadata");
        try {
            byte[] xmp;
            try (InputStream in = metadata.createInputStream()) {
                xmp = in.readNBytes(MAX_XMP_BYTES + 1);
            }
            if (xmp.length > MAX_XMP_BYTES) {
                sink.notInspected(new InspectionFailure(FailureKind.TOO_LARGE, where, "over " + MAX_XMP_BYTES + " bytes"));
                return;
            }
            XmlText handler = new XmlText();
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(xmp)));
            MsipLabels labels = new MsipLabels();
            for (String line : handler.text().split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    String key = line.substring(0, colon);
                    labels.property(key.substring(key.indexOf(':') + 1), line.substring(colon + 2)); // pdfx:MSIP_Label_...
                }
            }
            labels.report(where, sink);
            if (handler.values() > 0) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.XMP_METADATA, where, handler.values()));
                sink.text(where, Visibility.METADATA, handler.text());
            }
        } catch (IOException | SAXException | RuntimeException e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), where, Failures.safeDetail(e)));
        }
    }
}
