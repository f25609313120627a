package org.airlock.extract;

/**
 * Whether a reader of the published file would see a value, and if not, how it is hidden. Hidden
 * personal data is worse than visible: it is what publishers miss.
 */
public enum Visibility {
    VISIBLE("visible", false),
    HIDDEN_SHEET("in a hidden sheet", true),
    VERY_HIDDEN_SHEET("in a very hidden sheet (Excel's menus cannot unhide it)", true),
    HIDDEN_ROW("in a hidden row", true),
    HIDDEN_COLUMN("in a hidden column", true),
    ZERO_WIDTH_COLUMN("in a column of zero width", true),
    ZERO_HEIGHT_ROW("in a row of zero height", true),
    WHITE_TEXT("in text the same colour as its background", true),
    TINY_TEXT("in text too small to read", true),
    INVISIBLE_NUMBER_FORMAT("in cells formatted ;;; so they display nothing", true),
    COMMENT("in a cell comment or note", true),
    PIVOT_CACHE("in a pivot table's cache (the rows behind the summary)", true),
    CHART_CACHE("in a chart's cached data", true),
    DEFINED_NAME("in a defined name", true),
    HEADER_FOOTER("in a print header or footer", false),
    METADATA("in the document properties", true),
    EXTERNAL_LINK_CACHE("in cached values of an external link", true),
    EMBEDDED_OBJECT("in an embedded document", true),
    MARKUP_COMMENT("in a comment in the page's markup (HTML or XML), never displayed", true),
    HIDDEN_ELEMENT("in an HTML element hidden from display (hidden attribute, display:none, visibility:hidden, template)", true),
    ATTRIBUTE("in an HTML attribute (data-*, title, alt, hidden input value), not shown as page text", true),
    INLINE_DATA("in data inside the page's scripts (JSON, JSON-LD, script literals), not shown as page text", true),
    IMAGE_METADATA("in the image's metadata (EXIF, XMP, IPTC, comments), not in the picture", true),
    MAIL_HEADER("in an e-mail header (sender, recipients, subject)", false),
    CONTAINED_FILE("in a file inside an archive or attached to a message (seen by whoever opens it)", false);

    private final String description;
    private final boolean hidden;

    Visibility(String description, boolean hidden) {
        this.description = description;
        this.hidden = hidden;
    }

    /** Plain words for a reason: "in a very hidden sheet (...)". */
    public String description() {
        return description;
    }

    /** True when a reader looking at the file as published would not see the value. */
    public boolean hidden() {
        return hidden;
    }

    /** The stronger of two ways of hiding, so a hidden column of a hidden sheet reports the sheet. */
    public Visibility strongest(Visibility other) {
        if (other == VISIBLE) {
            return this;
        }
        if (this == VISIBLE) {
            return other;
        }
        return ordinal() <= other.ordinal() ? this : other;
    }
}
