package org.airlock.extract.odf;

import org.xml.sax.Attributes;

/** Attribute look-up by local name: ODF prefixes vary between producers, local names do not. */
final class OdfAttributes {

    private OdfAttributes() {
    }

    static String value(Attributes atts, String localName) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getLocalName(i).equals(localName)) {
                return atts.getValue(i);
            }
        }
        return "";
    }

    /** A repeat count, at least 1 and at most {@code cap}: a hostile file may declare a billion. */
    static int repeat(Attributes atts, String localName, int cap) {
        String value = value(atts, localName);
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return (int) Math.max(1, Math.min(cap, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
