package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.SecureXml;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain {@code String}s, read with a SAX pass. POI's read-only
 * table builds an XMLBeans rich-text object on every look-up, which cost more than the rest of the
 * cell's inspection; only the text is needed here (phonetic guide runs are left out, as Excel
 * does not show them).
 */
final class SharedStringTable {

    private final List<String> strings;

    private SharedStringTable(List<String> strings) {
        this.strings = strings;
    }

    static SharedStringTable read(OPCPackage pkg) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                var reader = SecureXml.newReader();
                reader.setContentHandler(new DefaultHandler() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean inText;
                    private int phonetic;

                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes atts) {
                        switch (localName) {
                            case "si" -> text.setLength(0);
                            case "t" -> inText = phonetic == 0;
                            case "rPh" -> phonetic++;
                            default -> { }
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inText && text.length() < 32_767) {
                            text.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String localName, String qName) {
                        switch (localName) {
                            case "si" -> strings.add(text.toString());
                            case "t" -> inText = false;
                            case "rPh" -> phonetic--;
                            default -> { }
                        }
                    }
                });
                reader.parse(new InputSource(in));
            }
        }
        return new SharedStringTable(strings);
    }

    /** The string at {@code index}, or null when the index is outside the table (a damaged file). */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }
}
