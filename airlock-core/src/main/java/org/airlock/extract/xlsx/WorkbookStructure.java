package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.airlock.extract.Visibility;
import org.airlock.extract.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code xl/workbook.xml} says: the sheets in order with their state (visible, hidden, very
 * hidden), and the defined names with their hidden flag and what they refer to. POI's streaming
 * reader gives sheet names but not their state, so this part is read here.
 */
final class WorkbookStructure {

    record SheetEntry(String name, String relationshipId, Visibility visibility) {
    }

    record DefinedName(String name, boolean hidden, String refersTo) {
    }

    final List<SheetEntry> sheets = new ArrayList<>();
    final List<DefinedName> names = new ArrayList<>();
    boolean date1904;

    static WorkbookStructure read(InputStream workbookXml) throws IOException, SAXException {
        WorkbookStructure structure = new WorkbookStructure();
        {
            var reader = SecureXml.newReader();
            reader.setContentHandler(new DefaultHandler() {
                private StringBuilder nameText;
                private String name;
                private boolean hidden;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "workbookPr" -> structure.date1904 = "1".equals(atts.getValue("date1904"))
                                || "true".equals(atts.getValue("date1904"));
                        case "sheet" -> {
                            String state = atts.getValue("state");
                            Visibility visibility = "veryHidden".equals(state) ? Visibility.VERY_HIDDEN_SHEET
                                    : "hidden".equals(state) ? Visibility.HIDDEN_SHEET : Visibility.VISIBLE;
                            String rid = null;
                            for (int i = 0; i < atts.getLength(); i++) {
                                if ("id".equals(atts.getLocalName(i))) {
                                    rid = atts.getValue(i);
                                }
                            }
                            structure.sheets.add(new SheetEntry(atts.getValue("name"), rid, visibility));
                        }
                        case "definedName" -> {
                            nameText = new StringBuilder();
                            name = atts.getValue("name");
                            hidden = "1".equals(atts.getValue("hidden")) || "true".equals(atts.getValue("hidden"));
                        }
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (nameText != null && nameText.length() < 100_000) {
                        nameText.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if ("definedName".equals(localName) && nameText != null) {
                        structure.names.add(new DefinedName(name == null ? "" : name, hidden, nameText.toString()));
                        nameText = null;
                    }
                }
            });
            reader.parse(new InputSource(workbookXml));
        }
        return structure;
    }

    Visibility visibilityOf(String sheetName) {
        for (SheetEntry sheet : sheets) {
            if (sheet.name().equals(sheetName)) {
                return sheet.visibility();
            }
        }
        return Visibility.VISIBLE;
    }

    boolean hasSheet(String sheetName) {
        return sheets.stream().anyMatch(s -> s.name().equalsIgnoreCase(sheetName));
    }
}
