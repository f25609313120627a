package org.airlock.extract.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Flattens an XML packet (XMP metadata, XFA form data) to "name: value" lines for the text
 * detectors: element text under the nearest element that is not RDF structure (rdf:Seq, rdf:li...),
 * and attribute values (XMP's short form keeps simple properties in attributes). Not thread-safe.
 */
final class XmlText extends DefaultHandler {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final StringBuilder text = new StringBuilder();
    private final Deque<String> names = new ArrayDeque<>();
    private final StringBuilder chars = new StringBuilder();
    private int values;

    /** The lines read so far. */
    String text() {
        return text.toString();
    }

    /** How many values were read. */
    int values() {
        return values;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        flush();
        names.push(RDF.equals(uri) ? (names.isEmpty() ? "" : names.peek()) : qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String ns = attributes.getURI(i);
            if (!RDF.equals(ns) && !XML.equals(ns) && !attributes.getQName(i).startsWith("xmlns")
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
        if (!names.isEmpty()) {
            names.pop();
        }
    }

    private void flush() {
        String value = chars.toString().strip();
        chars.setLength(0);
        if (!value.isEmpty()) {
            line(names.isEmpty() || names.peek().isEmpty() ? "value" : names.peek(), value);
        }
    }

    private void line(String name, String value) {
        text.append(name).append(": ").append(value.strip()).append('\n');
        values++;
    }
}
