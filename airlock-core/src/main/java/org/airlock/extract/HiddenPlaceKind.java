package org.airlock.extract;

/**
 * The hiding places a report inventories, named as Office's Document Inspector names them so
 * publishers recognise them. A hiding place is listed even when nothing personal was found in it.
 */
public enum HiddenPlaceKind {
    HIDDEN_SHEET("hidden sheet"),
    VERY_HIDDEN_SHEET("very hidden sheet"),
    HIDDEN_ROWS("hidden rows"),
    HIDDEN_COLUMNS("hidden columns"),
    ZERO_WIDTH_COLUMNS("zero-width columns"),
    ZERO_HEIGHT_ROWS("zero-height rows"),
    WHITE_TEXT("text coloured like its background"),
    TINY_TEXT("text too small to read"),
    INVISIBLE_NUMBER_FORMAT("cells formatted ;;; (display nothing)"),
    COMMENTS("comments and notes"),
    THREADED_COMMENTS("threaded comments and their authors"),
    PIVOT_CACHE("pivot table cache"),
    PIVOT_CACHE_WITHOUT_SOURCE("pivot table cache whose source sheet is gone"),
    CHART_CACHE("chart data cache"),
    DEFINED_NAMES("defined names"),
    HIDDEN_DEFINED_NAMES("hidden defined names"),
    DOCUMENT_PROPERTIES("document properties and personal information"),
    HEADERS_FOOTERS("headers and footers"),
    EXTERNAL_LINKS("external links with cached values"),
    DATA_CONNECTIONS("data connections and queries"),
    EMBEDDED_OBJECTS("embedded documents and objects"),
    MACROS("macros"),
    CUSTOM_XML("custom XML data"),
    DRAWINGS("shapes and text boxes"),
    REVISION_HISTORY("shared-workbook revision history"),
    DATA_MODEL("data model (Power Pivot)"),
    SLICER_OR_TIMELINE_CACHE("slicer or timeline cache"),
    THUMBNAIL("thumbnail picture"),
    TRACKED_CHANGES("tracked changes (insertions and deletions)"),
    HIDDEN_TEXT("hidden text"),
    FIELDS("fields and their codes"),
    ALT_TEXT("alternative text of pictures and shapes"),
    FOOTNOTES("footnotes and endnotes"),
    TEXT_BOXES("text boxes"),
    SPEAKER_NOTES("speaker notes"),
    HIDDEN_SLIDES("hidden slides"),
    OFF_SLIDE_OBJECTS("objects outside the slide"),
    // PDF hiding places.
    FAILED_REDACTION("failed redaction: text under a box drawn over it"),
    INVISIBLE_TEXT("invisible text"),
    TEXT_OUTSIDE_PAGE("text outside the page"),
    LAYER_OFF("layer (optional content) switched off"),
    ANNOTATIONS("annotations and their authors"),
    FORM_FIELDS("filled form fields"),
    HIDDEN_FORM_FIELDS("hidden form fields"),
    ATTACHED_FILES("attached files"),
    EARLIER_REVISIONS("earlier revisions kept by incremental updates"),
    XMP_METADATA("XMP metadata"),
    MARKUP_COMMENTS("comments in HTML or XML markup"),
    HIDDEN_ELEMENTS("HTML elements hidden from display"),
    DATA_ATTRIBUTES("HTML attributes carrying data"),
    SCRIPT_DATA("data inside scripts (JSON, JSON-LD)"),
    LINKED_DOCUMENTS("documents the page links to on the same site (gate them too)"),
    IMAGE_METADATA("image metadata (EXIF, XMP, IPTC)"),
    GPS_POSITION("GPS position in image metadata"),
    MAIL_ATTACHMENTS("e-mail attachments"),
    ARCHIVE_MEMBERS("archive members"),
    UNSAFE_ARCHIVE_PATH("archive member named to escape its folder (path traversal)"),
    ARCHIVE_LINKS("symbolic or hard links inside an archive (listed, not followed)");

    private final String description;

    HiddenPlaceKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
