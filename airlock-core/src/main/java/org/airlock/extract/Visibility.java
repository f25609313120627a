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
    TRACKED_DELETION("in a tracked deletion (text deleted with Track Changes on is still in the file)", true),
    TRACKED_INSERTION("in a tracked insertion not yet accepted", false),
    HIDDEN_TEXT("in text formatted as hidden (not shown or printed)", true),
    FIELD_CODE("in a field code (the instruction behind a field, not its displayed result)", true),
    ALT_TEXT("in the alternative text or title of a picture or shape", true),
    REVIEW_COMMENT("in a reviewer's comment", true),
    FOOTNOTE("in a footnote or endnote", false),
    TEXT_BOX("in a text box", false),
    SPEAKER_NOTES("in the speaker notes (not shown in the slide show)", true),
    HIDDEN_SLIDE("on a hidden slide (skipped in the slide show)", true),
    OFF_SLIDE("in an object placed outside the slide, where the show does not display it", true),
    // PDF hiding places.
    UNDER_REDACTION_BOX("under a box drawn over it (a failed redaction: the text is still in the file and can be copied)", true),
    INVISIBLE_TEXT("in invisible text (PDF text rendering mode 3: never painted)", true),
    OUTSIDE_PAGE("placed outside the visible page area", true),
    LAYER_OFF("in a layer (optional content) that is switched off", true),
    ANNOTATION("in an annotation (sticky note, mark-up) or its author", true),
    FORM_FIELD("in a form field's value", false),
    HIDDEN_FORM_FIELD("in a hidden form field", true),
    EARLIER_REVISION("in an earlier revision kept in the file by an incremental update", true),
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
