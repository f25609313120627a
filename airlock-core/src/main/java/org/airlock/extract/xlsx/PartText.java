package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.airlock.extract.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of any XML part, element by element, for the parts that have no structured reader
 * (external-link caches, revision logs, threaded comments, custom XML, shapes): whatever a part
 * holds is scanned, even where its structure is unknown. Text is handed on in chunks of about
 * 32,000 characters, one line per element.
 */
public final class PartText {

    private static final int CHUNK = 32_000;

    private PartText() {
    }

    public static void read(InputStream xml, Consumer<String> chunks) throws IOException, SAXException {
        StringBuilder chunk = new StringBuilder();
        {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                private final StringBuilder element = new StringBuilder();

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    flushElement();
                    // Attribute values carry data in some parts (v="..." in caches, displayName in persons).
                    for (int i = 0; i < atts.getLength(); i++) {
                        String name = atts.getLocalName(i);
                        if (name.equals("v") || name.equals("displayName") || name.equals("name") || name.equals("val")) {
                            element.append(atts.getValue(i)).append('\n');
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    element.append(ch, start, length);
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    flushElement();
                }

                private void flushElement() {
                    String text = element.toString().strip();
                    element.setLength(0);
                    if (!text.isEmpty()) {
                        chunk.append(text).append('\n');
                        if (chunk.length() >= CHUNK) {
                            chunks.accept(chunk.toString());
                            chunk.setLength(0);
                        }
                    }
                }
            });
            reader.parse(new InputSource(xml));
        }
        if (!chunk.isEmpty()) {
            chunks.accept(chunk.toString());
        }
    }
}
