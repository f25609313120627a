package org.airlock.extract.word;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.airlock.extract.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The styles of {@code word/styles.xml} that hide their text ({@code w:vanish} in the style's run
 * properties, directly or through the styles it is based on): text can be hidden by a style as
 * well as by its own formatting.
 */
final class HiddenStyles {

    private HiddenStyles() {
    }

    static Set<String> read(InputStream styles) throws Exception {
        Map<String, String> basedOn = new HashMap<>();
        Set<String> direct = new HashSet<>();
        var reader = SecureXml.newReader();
        reader.setContentHandler(new DefaultHandler() {
            private String style;
            private boolean inRunProperties;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                switch (local) {
                    case "style" -> style = attribute(atts, "styleId");
                    case "basedOn" -> {
                        if (style != null) {
                            basedOn.put(style, attribute(atts, "val"));
                        }
                    }
                    case "rPr" -> inRunProperties = style != null;
                    case "vanish" -> {
                        String val = attribute(atts, "val");
                        if (inRunProperties && !(val.equals("0") || val.equalsIgnoreCase("false") || val.equalsIgnoreCase("off"))) {
                            direct.add(style);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (local.equals("rPr")) {
                    inRunProperties = false;
                } else if (local.equals("style")) {
                    style = null;
                }
            }
        });
        reader.parse(new InputSource(styles));
        Set<String> hidden = new HashSet<>();
        for (String id : basedOn.keySet()) {
            String at = id;
            for (int hops = 0; at != null && hops < 50; hops++) { // a cycle of basedOn must not loop
                if (direct.contains(at)) {
                    hidden.add(id);
                    break;
                }
                at = basedOn.get(at);
            }
        }
        hidden.addAll(direct);
        return hidden;
    }

    private static String attribute(Attributes atts, String localName) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (atts.getLocalName(i).equals(localName)) {
                return atts.getValue(i);
            }
        }
        return "";
    }
}
