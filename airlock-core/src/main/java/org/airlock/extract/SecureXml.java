package org.airlock.extract;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The XML reader for every part Airlock parses itself. Aalto's SAX parser reads sheet XML about
 * 2.5 times faster than the JDK's (measured on a 2.7-million-cell sheet: 0.7 s against 1.8 s),
 * which is most of the streaming reader's cost. Office parts never need a DTD, so any
 * {@code DOCTYPE} is refused before an entity can be declared: no entity expansion (XML bombs),
 * no external entities.
 */
public final class SecureXml {

    private static final com.fasterxml.aalto.sax.SAXParserFactoryImpl FACTORY = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();

    static {
        FACTORY.setNamespaceAware(true);
    }

    private SecureXml() {
    }

    /** A new namespace-aware reader that refuses documents with a DTD. Not thread-safe; one per parse. */
    public static XMLReader newReader() throws SAXException {
        {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", new DefaultHandler2() {
                @Override
                public void startDTD(String name, String publicId, String systemId) throws SAXException {
                    throw new SAXException("DOCTYPE is not allowed in an Office part (possible XML bomb)");
                }
            });
            return reader;
        }
    }
}
