package org.airlock.extract.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.airlock.extract.ContentSink;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.SecureXml;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A PDF's two metadata stores: the document information dictionary (Author, Title, Subject,
 * Keywords, custom keys) and the XMP packet (dc:creator, dc:description, xmpMM:History, custom
 * schemas). Both go to the sink as "key: value" lines with the METADATA visibility.
 */
final class MetadataReader {

    /** Largest XMP packet read; real packets are a few kilobytes. */
    private static final int MAX_XMP_BYTES = 4 << 20;
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

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
        for (String key : information.getMetadataKeys()) {
            COSBase value = information.getCOSObject().getDictionaryObject(COSName.getPDFName(key));
            if (value instanceof COSString string && !string.getString().isBlank()) {
                text.append(key).append(": ").append(string.getString().strip()).append('\n');
                keys++;
            }
        }
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
            XmpText handler = new XmpText();
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(xmp)));
            if (handler.values > 0) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.XMP_METADATA, where, handler.values));
                sink.text(where, Visibility.METADATA, handler.text.toString());
            }
        } catch (IOException | SAXException | RuntimeException e) {
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), where, Failures.safeDetail(e)));
        }
    }

    /**
     * Flattens XMP to "property: value" lines: element text under the nearest property that is not
     * RDF structure (rdf:Seq, rdf:li...), and the attributes XMP's short form uses for simple values.
     */
    private static final class XmpText extends DefaultHandler {
        final StringBuilder text = new StringBuilder();
        int values;
        private final Deque<String> properties = new ArrayDeque<>();
        private final StringBuilder chars = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flush();
            properties.push(RDF.equals(uri) ? (properties.isEmpty() ? "" : properties.peek()) : qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                if (!RDF.equals(ns) && !ns.isEmpty() && !"http://www.w3.org/XML/1998/namespace".equals(ns)
                        && !attributes.getValue(i).isBlank()) {
                    line(attributes.getQName(i), attributes.getValue(i));
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            chars.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            if (!properties.isEmpty()) {
                properties.pop();
            }
        }

        private void flush() {
            String value = chars.toString().strip();
            chars.setLength(0);
            if (!value.isEmpty()) {
                line(properties.isEmpty() || properties.peek().isEmpty() ? "value" : properties.peek(), value);
            }
        }

        private void line(String property, String value) {
            text.append(property).append(": ").append(value.strip()).append('\n');
            values++;
        }
    }
}
