package org.airlock.extract;

/** The document types Airlock tells apart by content. */
public enum DocumentType {
    XLSX("Excel workbook (xlsx/xlsm)", true),
    XLS("Excel 97-2003 workbook (xls)", true),
    CSV("delimited text (csv/tsv)", true),
    TEXT("plain text", true),
    OLE_PACKAGE("OLE object wrapping an embedded file", true),
    DOCX("Word document (docx/docm)", true),
    DOC("Word 97-2003 document (doc)", true),
    RTF("rich text document (rtf)", true),
    ODT("OpenDocument text (odt)", true),
    PPTX("PowerPoint presentation (pptx/pptm)", true),
    PPT("PowerPoint 97-2003 presentation (ppt)", true),
    ODP("OpenDocument presentation (odp)", true),
    ODS("OpenDocument spreadsheet (ods)", true),
    PDF("PDF document", true),
    ENCRYPTED_OFFICE("encrypted Office document", false),
    XLSB("Excel binary workbook (xlsb)", false),
    OTHER_OFFICE("Office or OpenDocument file that is not a workbook", false),
    ZIP("zip archive", true),
    EMPTY("empty file", false),
    OTHER("other type", false),
    HTML("web page (html/xhtml)", true),
    JSON("JSON data", true),
    XML("XML data", true),
    EMAIL("e-mail message (eml)", true),
    OUTLOOK_MESSAGE("Outlook message (msg)", true),
    IMAGE("image (jpeg, png, tiff, heic, webp, gif)", true),
    TAR("tar archive", true),
    COMPRESSED("compressed file (gz, bz2, xz)", true),
    SEVEN_ZIP("7z archive", true);

    private final String description;
    private final boolean inspectable;

    DocumentType(String description, boolean inspectable) {
        this.description = description;
        this.inspectable = inspectable;
    }

    public String description() {
        return description;
    }

    /** Whether this version of Airlock has an extractor for the type. */
    public boolean inspectable() {
        return inspectable;
    }
}
