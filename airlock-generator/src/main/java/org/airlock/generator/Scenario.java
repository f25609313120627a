package org.airlock.generator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The files {@code airlock generate} can write, each with a kebab-case id, a one-line description,
 * whether Airlock is expected to stop it, and a default person count. Damaged and encrypted files
 * count as leaks: they cannot be inspected, so a fail-closed gate must stop them.
 */
public enum Scenario {
    ICE("ice", "xlsx", true, 6_252,
            "ICE 2022: a statistics sheet beside a visible sheet of detainees"),
    ICE_HIDDEN("ice-hidden", "xlsx", true, 6_252,
            "ICE 2022 with the detainees sheet hidden"),
    ICE_VERY_HIDDEN("ice-very-hidden", "xlsx", true, 6_252,
            "ICE 2022 with the detainees sheet very hidden (not unhideable from Excel's menus)"),
    HOME_OFFICE("home-office", "xlsx", true, 1_000,
            "Home Office 2013: family-returns statistics with named people below them"),
    HOME_OFFICE_NO_HEADER("home-office-no-header", "xlsx", true, 1_000,
            "Home Office 2013 without a header above the people, so only values give them away"),
    HIDDEN_COLUMNS("hidden-columns", "xlsx", true, 500,
            "a region report with names, birth dates and A-numbers in hidden columns"),
    ZERO_WIDTH_COLUMNS("zero-width-columns", "xlsx", true, 500,
            "a region report with names, birth dates and A-numbers in zero-width columns"),
    WHITE_TEXT("white-text", "xlsx", true, 200,
            "statistics with people's names, birth dates and nationalities in white text below"),
    INVISIBLE_FORMAT("invisible-format", "xlsx", true, 200,
            "statistics with people in cells formatted ;;; so nothing displays"),
    HIDDEN_ROWS("hidden-rows", "xlsx", true, 200,
            "statistics with people in hidden rows below"),
    COMMENTS("comments", "xlsx", true, 25,
            "harmless statistics whose cell comments name detainees (count = commented cells)"),
    PIVOT_CACHE("pivot-cache", "xlsx", true, 500,
            "Islington: a pivot table whose cache keeps every person after the source sheet was deleted"),
    CHART_CACHE("chart-cache", "xlsx", true, 40,
            "a bar chart whose cached categories are detainees' names; the source sheet is gone"),
    AGGREGATE("aggregate", "xlsx", false, 0,
            "harmless: counts per nationality per month, no people"),
    BUDGET("budget", "xlsx", false, 0,
            "harmless: a budget with nine-digit account codes"),
    FACILITIES("facilities", "xlsx", false, 0,
            "harmless: detention facilities with addresses and main phone numbers, no people"),
    ICE_XLS("ice-xls", "xls", true, 6_252,
            "ICE 2022 as a legacy .xls workbook, detainees sheet very hidden"),
    ICE_CSV("ice-csv", "csv", true, 6_252,
            "the ICE detainees table as comma-separated UTF-8 text"),
    ENCRYPTED("encrypted", "xlsx", true, 0,
            "ICE 2022 encrypted with the password \"" + Scenario.ENCRYPTION_PASSWORD + "\": cannot be inspected"),
    TRUNCATED("truncated", "xlsx", true, 0,
            "ICE 2022 cut off after 60% of its bytes: cannot be inspected"),
    CORRUPT("corrupt", "xlsx", true, 0,
            "a zip signature followed by random bytes: cannot be inspected"),
    LARGE("large", "xlsx", true, 1_000_000,
            "a single sheet of person rows for benchmarks (count = rows)"),
    DOCX_CLEAN("docx-clean", "docx", false, 0,
            "harmless: a press release naming only a minister and a spokesperson"),
    DOCX_TRACKED_DELETION("docx-tracked-deletion", "docx", true, 3,
            "a press release with detainees' names, birth dates and A-numbers in a tracked deletion"),
    DOCX_COMMENT("docx-comment", "docx", true, 3,
            "a press release with a reviewer's comment naming detainees"),
    DOCX_HIDDEN_TEXT("docx-hidden-text", "docx", true, 3,
            "a press release with detainees in text formatted hidden (w:vanish)"),
    DOCX_FOOTNOTE("docx-footnote", "docx", true, 3,
            "a press release whose footnote names detainees"),
    DOCX_HEADER("docx-header", "docx", true, 3,
            "a press release whose page header names detainees"),
    DOCX_ALT_TEXT("docx-alt-text", "docx", true, 3,
            "a press release with a picture whose alt text names detainees"),
    DOCX_TABLE("docx-table", "docx", true, 25,
            "a press release with a table of detainees (name, birth date, citizenship, A-number, facility)"),
    DOCX_EMBEDDED_WORKBOOK("docx-embedded-workbook", "docx", true, 25,
            "a press release with an ICE-shaped workbook of detainees embedded in it"),
    ODT_CLEAN("odt-clean", "odt", false, 0,
            "harmless: the press release as OpenDocument text, naming only a minister and a spokesperson"),
    ODT_TRACKED_DELETION("odt-tracked-deletion", "odt", true, 3,
            "an OpenDocument press release with detainees in tracked deletions"),
    ODT_HIDDEN_TEXT("odt-hidden-text", "odt", true, 3,
            "an OpenDocument press release with detainees in hidden text (text:display=none)"),
    ODT_COMMENT("odt-comment", "odt", true, 3,
            "an OpenDocument press release with an annotation naming detainees"),
    ODT_FOOTNOTE("odt-footnote", "odt", true, 3,
            "an OpenDocument press release whose footnote names detainees"),
    ODT_HEADER("odt-header", "odt", true, 3,
            "an OpenDocument press release whose page header names detainees"),
    ODT_TABLE("odt-table", "odt", true, 25,
            "an OpenDocument press release with a table of detainees"),
    ODT_ENCRYPTED("odt-encrypted", "odt", true, 0,
            "a password-protected OpenDocument text: cannot be inspected"),
    ODS_CLEAN("ods-clean", "ods", false, 0,
            "harmless: an OpenDocument spreadsheet of counts per country"),
    ODS_HIDDEN_SHEET("ods-hidden-sheet", "ods", true, 200,
            "an OpenDocument spreadsheet with a hidden sheet of detainees"),
    ODS_HIDDEN_ROWS("ods-hidden-rows", "ods", true, 200,
            "an OpenDocument spreadsheet with detainees in hidden rows below the counts"),
    ODS_COMMENT("ods-comment", "ods", true, 3,
            "an OpenDocument spreadsheet whose cell annotations name detainees"),
    ODP_CLEAN("odp-clean", "odp", false, 0,
            "harmless: an OpenDocument slide deck of quarterly figures"),
    ODP_SPEAKER_NOTES("odp-speaker-notes", "odp", true, 3,
            "an OpenDocument slide deck whose speaker notes name detainees"),
    ODP_HIDDEN_SLIDE("odp-hidden-slide", "odp", true, 3,
            "an OpenDocument slide deck with a hidden slide naming detainees"),
    ODP_OFF_SLIDE("odp-off-slide", "odp", true, 3,
            "an OpenDocument slide deck with a text box of detainees placed outside the slide"),
    PPTX_CLEAN("pptx-clean", "pptx", false, 0,
            "harmless: a PowerPoint deck of quarterly figures naming only the minister"),
    PPTX_SPEAKER_NOTES("pptx-speaker-notes", "pptx", true, 3,
            "a PowerPoint deck whose speaker notes name detainees"),
    PPTX_HIDDEN_SLIDE("pptx-hidden-slide", "pptx", true, 3,
            "a PowerPoint deck with a hidden slide naming detainees"),
    PPTX_OFF_SLIDE("pptx-off-slide", "pptx", true, 3,
            "a PowerPoint deck with a text box of detainees placed outside the slide"),
    PPTX_TABLE("pptx-table", "pptx", true, 25,
            "a PowerPoint deck with a table of detainees on a slide"),
    PPTX_EMBEDDED_WORKBOOK("pptx-embedded-workbook", "pptx", true, 25,
            "a PowerPoint deck with an ICE-shaped workbook of detainees embedded in it"),
    RTF_CLEAN("rtf-clean", "rtf", false, 0,
            "harmless: the press release as RTF, naming only a minister and a spokesperson"),
    RTF_TRACKED_DELETION("rtf-tracked-deletion", "rtf", true, 3,
            "an RTF press release with detainees in tracked deletions (\\deleted)"),
    RTF_HIDDEN_TEXT("rtf-hidden-text", "rtf", true, 3,
            "an RTF press release with detainees in hidden text (\\v)"),
    RTF_COMMENT("rtf-comment", "rtf", true, 3,
            "an RTF press release with an annotation naming detainees"),
    RTF_FOOTNOTE("rtf-footnote", "rtf", true, 3,
            "an RTF press release whose footnote names detainees"),
    RTF_HEADER("rtf-header", "rtf", true, 3,
            "an RTF press release whose page header names detainees"),
    RTF_TABLE("rtf-table", "rtf", true, 25,
            "an RTF press release with a table of detainees"),
    PPT_CLEAN("ppt-clean", "ppt", false, 0,
            "harmless: a PowerPoint 97-2003 deck of quarterly figures naming only the minister"),
    PPT_HIDDEN_SLIDE("ppt-hidden-slide", "ppt", true, 3,
            "a PowerPoint 97-2003 deck with a hidden slide naming detainees"),
    PPT_OFF_SLIDE("ppt-off-slide", "ppt", true, 3,
            "a PowerPoint 97-2003 deck with a text box of detainees placed outside the slide"),
    PPT_TABLE("ppt-table", "ppt", true, 25,
            "a PowerPoint 97-2003 deck with a table of detainees on a slide"),
    DOCX_ENCRYPTED("docx-encrypted", "docx", true, 0,
            "the tracked-deletion press release encrypted with the password \"" + Scenario.ENCRYPTION_PASSWORD + "\": cannot be inspected"),
    PDF_FAILED_REDACTION("pdf-failed-redaction", "pdf", true, 12,
            "a PDF whose detainee lines are under black boxes drawn over the text (Manafort 2019)"),
    PDF_REDACTED_PROPERLY("pdf-redacted-properly", "pdf", false, 12,
            "harmless: the same black boxes, with the text under them removed"),
    PDF_REDACTION_ANNOTATIONS("pdf-redaction-annotations", "pdf", true, 12,
            "a PDF whose detainee lines are marked by unapplied Redact, black Square and black highlight annotations"),
    PDF_INVISIBLE_TEXT("pdf-invisible-text", "pdf", true, 12,
            "a public page with detainee lines in invisible text (rendering mode 3)"),
    PDF_INVISIBLE_TEXT_CLEAN("pdf-invisible-text-clean", "pdf", false, 0,
            "harmless: a public page with a drafting note in invisible text"),
    PDF_OFF_PAGE("pdf-off-page", "pdf", true, 12,
            "a public page with detainee lines placed outside the page"),
    PDF_OFF_PAGE_CLEAN("pdf-off-page-clean", "pdf", false, 0,
            "harmless: a public page with a layout note outside the page"),
    PDF_WHITE_TEXT("pdf-white-text", "pdf", true, 12,
            "a public page with detainee lines in white text"),
    PDF_WHITE_TEXT_CLEAN("pdf-white-text-clean", "pdf", false, 0,
            "harmless: a public page with a drafting note in white text"),
    PDF_LAYER_OFF("pdf-layer-off", "pdf", true, 12,
            "a public page with detainee lines in a layer (optional content) switched off"),
    PDF_LAYER_OFF_CLEAN("pdf-layer-off-clean", "pdf", false, 0,
            "harmless: a public page with a drafting note in a layer switched off"),
    PDF_ANNOTATIONS("pdf-annotations", "pdf", true, 12,
            "a public page with one sticky note per detainee"),
    PDF_ANNOTATIONS_CLEAN("pdf-annotations-clean", "pdf", false, 0,
            "harmless: a public page with sticky notes about the layout"),
    PDF_FORM_FIELDS("pdf-form-fields", "pdf", true, 12,
            "a form whose hidden field lists detainees"),
    PDF_FORM_FIELDS_CLEAN("pdf-form-fields-clean", "pdf", false, 0,
            "harmless: a form whose hidden field holds a drafting note"),
    PDF_ATTACHMENT("pdf-attachment", "pdf", true, 200,
            "a public page with the ICE-style detainees workbook attached"),
    PDF_ATTACHMENT_CLEAN("pdf-attachment-clean", "pdf", false, 0,
            "harmless: a public page with a statistics workbook attached"),
    PDF_EARLIER_REVISION("pdf-earlier-revision", "pdf", true, 12,
            "detainee lines removed by an incremental update: the earlier revision is still in the file"),
    PDF_EARLIER_REVISION_CLEAN("pdf-earlier-revision-clean", "pdf", false, 0,
            "harmless: an incremental update that corrected a figure"),
    PDF_METADATA("pdf-metadata", "pdf", true, 12,
            "a public page whose Subject and XMP description list detainees"),
    PDF_METADATA_CLEAN("pdf-metadata-clean", "pdf", false, 0,
            "harmless: a public page with ordinary metadata"),
    PDF_PUBLIC_OFFICIALS("pdf-public-officials", "pdf", false, 0,
            "harmless: a press release that names only public officials"),
    PDF_ENCRYPTED("pdf-encrypted", "pdf", true, 0,
            "a PDF of detainees that needs the password \"" + PdfDocuments.USER_PASSWORD + "\" to open: cannot be inspected"),
    PDF_OWNER_PASSWORD("pdf-owner-password", "pdf", true, 12,
            "a PDF of detainees encrypted with an owner password only: opens without one, so it is inspected"),
    PDF_TRUNCATED("pdf-truncated", "pdf", true, 0,
            "a public PDF cut off after 60% of its bytes: cannot be fully inspected"),
    PDF_CORRUPT("pdf-corrupt", "pdf", true, 0,
            "a PDF header followed by random bytes: cannot be inspected"),
    PDF_SCANNED("pdf-scanned", "pdf", true, 0,
            "two scanned pages (images, no text): cannot be inspected without OCR"),
    PDF_LARGE("pdf-large", "pdf", true, 500,
            "a long PDF report for benchmarks, one detainee line per page (count = pages)"),
    WEB_COMMENT("web-comment", "html", true, 20,
            "a statistics page with a list of detainees in an HTML comment"),
    WEB_HIDDEN("web-hidden", "html", true, 20,
            "a statistics page with detainees in a div styled display:none"),
    WEB_INLINE_JSON("web-inline-json", "html", true, 20,
            "a statistics page whose inline JSON (script type=application/json) holds detainee records"),
    WEB_TABLE("web-table", "html", true, 20,
            "a page with a visible HTML table of detainees"),
    WEB_CLEAN("web-clean", "html", false, 0,
            "harmless: a statistics page with counts only and a link to the statistics workbook"),
    JSON_EXPORT("json-export", "json", true, 50,
            "a JSON export of detainee records"),
    JSON_CLEAN("json-clean", "json", false, 0,
            "harmless: monthly counts by country of citizenship as JSON"),
    XML_EXPORT("xml-export", "xml", true, 50,
            "an XML export of detainee records with a comment"),
    MAIL_ATTACHMENT("mail-attachment", "eml", true, 40,
            "an e-mail with the ICE-style workbook attached"),
    MAIL_CLEAN("mail-clean", "eml", false, 0,
            "harmless: an e-mail with the aggregate statistics workbook attached"),
    PHOTO_GPS("photo-gps", "jpg", true, 0,
            "a JPEG whose EXIF names a detainee and holds a GPS position"),
    PHOTO_CLEAN("photo-clean", "jpg", false, 0,
            "harmless: a JPEG with no metadata"),
    ZIP_NESTED("zip-nested", "zip", true, 40,
            "a zip holding a zip holding the ICE-style workbook"),
    TAR_GZ("tar-gz", "tar.gz", true, 40,
            "a tar.gz holding the detainee table as CSV"),
    ZIP_CLEAN("zip-clean", "zip", false, 0,
            "harmless: a zip of the aggregate statistics workbook and a README"),
    ZIP_TRAVERSAL("zip-traversal", "zip", true, 0,
            "a zip whose member names escape the unpack folder (../../, absolute paths); harmless content"),
    ZIP_BOMB("zip-bomb", "zip", true, 0,
            "a zip bomb: 200 MB of zeros in one member"),
    ZIP_NESTED_BOMB("zip-nested-bomb", "zip", true, 0,
            "a nested zip bomb (42.zip shape): 4 levels of 16 zips, 65,536 leaves"),
    GZIP_BOMB("gzip-bomb", "gz", true, 0,
            "a gzip bomb: 200 MB of zeros"),
    ZIP_TRUNCATED("zip-truncated", "zip", true, 40,
            "the nested zip cut off after 60% of its bytes"),
    MSG_ATTACHMENT("msg-attachment", "msg", true, 40,
            "an Outlook message with the ICE-style workbook attached"),
    WEB_ATTRIBUTES("web-attributes", "html", true, 20,
            "a page listing anonymous cases whose data-detainee attributes hold each person's details"),
    ODS_HIDDEN_COLUMNS("ods-hidden-columns", "ods", true, 200,
            "an OpenDocument spreadsheet of counts with detainees in hidden columns beside them"),
    PPTX_COMMENT("pptx-comment", "pptx", true, 3,
            "a PowerPoint deck whose slide comments name detainees"),
    PRESS_RELEASE_OFFICIALS("press-release-officials", "docx", false, 0,
            "harmless: a press release naming a minister, a committee chair and a spokesperson"),
    PRESS_OFFICE_CONTACTS("press-office-contacts", "xlsx", false, 0,
            "harmless: a press-office contacts table of four staff with role, work e-mail and phone"),
    PRESS_RELEASE_DETAINEE("press-release-detainee", "docx", true, 0,
            "the officials' press release with one detainee's name and birth date in it"),
    FRENCH_HEADERS("french-headers", "xlsx", true, 50,
            "a workbook of people under French headers (Nom, Prénom, Date de naissance, Nationalité)"),
    LABELLED_XLSX("labelled-xlsx", "xlsx", true, 0,
            "counts per region, no people, labelled Confidential in MSIP_Label_* custom properties"),
    LABELLED_DOCX("labelled-docx", "docx", true, 0,
            "a note with no people, labelled Confidential in custom properties and docMetadata/LabelInfo.xml"),
    LABELLED_PPTX("labelled-pptx", "pptx", true, 0,
            "slides with no people, labelled in docMetadata/LabelInfo.xml only (label id, no name)"),
    PUBLIC_LABELLED_XLSX("public-labelled-xlsx", "xlsx", false, 0,
            "harmless: counts per region labelled Public"),
    SMALL_CELLS("small-cells", "xlsx", true, 0,
            "book-ins by nationality x facility with a cell of 1 (" + DisclosureDocuments.SMALL_CELL + ")"),
    SMALL_CELLS_SAFE("small-cells-safe", "xlsx", false, 0,
            "harmless: the same breakdown with every cell 10 or more"),
    LABELLED_XLS("labelled-xls", "xls", true, 0,
            "a legacy .xls of counts, no people, labelled Confidential in OLE2 custom properties"),
    LABELLED_PDF("labelled-pdf", "pdf", true, 0,
            "a PDF of figures, no people, whose document information keeps a Confidential label"),
    MARKED_DOCX("marked-docx", "docx", true, 0,
            "a note with no people under the page-header banner OFFICIAL-SENSITIVE");

    /** Password of the {@link #ENCRYPTED} file. */
    public static final String ENCRYPTION_PASSWORD = "airlock";

    private final String id;
    private final String extension;
    private final boolean leak;
    private final int defaultPersons;
    private final String description;

    Scenario(String id, String extension, boolean leak, int defaultPersons, String description) {
        this.id = id;
        this.extension = extension;
        this.leak = leak;
        this.defaultPersons = defaultPersons;
        this.description = description;
    }

    /** Kebab-case id, e.g. {@code ice-very-hidden}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Whether Airlock is expected to stop this file. */
    public boolean leak() {
        return leak;
    }

    /** Persons (or rows, or commented cells) written by default; 0 where the count is ignored. */
    public int defaultPersons() {
        return defaultPersons;
    }

    /** Whether {@link #write} uses its person count. */
    public boolean takesPersons() {
        return defaultPersons > 0;
    }

    /** File name written into the directory, e.g. {@code ice-very-hidden.xlsx}. */
    public String fileName() {
        return id + "." + extension;
    }

    /**
     * Writes this scenario's file into {@code directory} (created if missing).
     *
     * @param persons people, rows or commented cells, depending on the scenario; ignored where
     *                {@link #takesPersons()} is false
     * @return the file written
     */
    public Path write(Path directory, int persons, long seed) {
        Path out = directory.resolve(fileName());
        return switch (this) {
            case ICE -> LeakWorkbooks.iceStyle(out, persons, SheetState.VISIBLE, seed);
            case ICE_HIDDEN -> LeakWorkbooks.iceStyle(out, persons, SheetState.HIDDEN, seed);
            case ICE_VERY_HIDDEN -> LeakWorkbooks.iceStyle(out, persons, SheetState.VERY_HIDDEN, seed);
            case HOME_OFFICE -> LeakWorkbooks.homeOfficeStyle(out, persons, true, seed);
            case HOME_OFFICE_NO_HEADER -> LeakWorkbooks.homeOfficeStyle(out, persons, false, seed);
            case HIDDEN_COLUMNS -> LeakWorkbooks.hiddenColumns(out, persons, seed);
            case ZERO_WIDTH_COLUMNS -> LeakWorkbooks.zeroWidthColumns(out, persons, seed);
            case WHITE_TEXT -> LeakWorkbooks.whiteText(out, persons, seed);
            case INVISIBLE_FORMAT -> LeakWorkbooks.invisibleNumberFormat(out, persons, seed);
            case HIDDEN_ROWS -> LeakWorkbooks.hiddenRows(out, persons, seed);
            case COMMENTS -> LeakWorkbooks.comments(out, persons, seed);
            case PIVOT_CACHE -> LeakWorkbooks.pivotCacheWithoutSource(out, persons, seed);
            case CHART_CACHE -> LeakWorkbooks.chartCache(out, persons, seed);
            case AGGREGATE -> LeakWorkbooks.aggregateByNationality(out, seed);
            case BUDGET -> LeakWorkbooks.budgetWithAccountCodes(out, seed);
            case FACILITIES -> LeakWorkbooks.facilityList(out, seed);
            case ICE_XLS -> LeakWorkbooks.iceStyleXls(out, persons, SheetState.VERY_HIDDEN, seed);
            case ICE_CSV -> LeakWorkbooks.iceStyleCsv(out, persons, ',', StandardCharsets.UTF_8, seed);
            case ENCRYPTED -> LeakWorkbooks.encrypted(out, ENCRYPTION_PASSWORD, seed);
            case TRUNCATED -> LeakWorkbooks.truncated(out, seed);
            case CORRUPT -> LeakWorkbooks.corruptZip(out, seed);
            case LARGE -> LeakWorkbooks.largeSheet(out, persons, seed);
            case DOCX_CLEAN -> WordDocuments.pressRelease(out, WordDocuments.Hiding.NONE, 0, seed);
            case DOCX_TRACKED_DELETION -> WordDocuments.pressRelease(out, WordDocuments.Hiding.TRACKED_DELETION, persons, seed);
            case DOCX_COMMENT -> WordDocuments.pressRelease(out, WordDocuments.Hiding.COMMENT, persons, seed);
            case DOCX_HIDDEN_TEXT -> WordDocuments.pressRelease(out, WordDocuments.Hiding.HIDDEN_TEXT, persons, seed);
            case DOCX_FOOTNOTE -> WordDocuments.pressRelease(out, WordDocuments.Hiding.FOOTNOTE, persons, seed);
            case DOCX_HEADER -> WordDocuments.pressRelease(out, WordDocuments.Hiding.HEADER, persons, seed);
            case DOCX_ALT_TEXT -> WordDocuments.pressRelease(out, WordDocuments.Hiding.ALT_TEXT, persons, seed);
            case DOCX_TABLE -> WordDocuments.pressRelease(out, WordDocuments.Hiding.TABLE, persons, seed);
            case DOCX_EMBEDDED_WORKBOOK -> WordDocuments.pressRelease(out, WordDocuments.Hiding.EMBEDDED_WORKBOOK, persons, seed);
            case ODT_CLEAN -> OpenDocuments.text(out, OpenDocuments.TextHiding.NONE, 0, seed);
            case ODT_TRACKED_DELETION -> OpenDocuments.text(out, OpenDocuments.TextHiding.TRACKED_DELETION, persons, seed);
            case ODT_HIDDEN_TEXT -> OpenDocuments.text(out, OpenDocuments.TextHiding.HIDDEN_TEXT, persons, seed);
            case ODT_COMMENT -> OpenDocuments.text(out, OpenDocuments.TextHiding.ANNOTATION, persons, seed);
            case ODT_FOOTNOTE -> OpenDocuments.text(out, OpenDocuments.TextHiding.FOOTNOTE, persons, seed);
            case ODT_HEADER -> OpenDocuments.text(out, OpenDocuments.TextHiding.HEADER, persons, seed);
            case ODT_TABLE -> OpenDocuments.text(out, OpenDocuments.TextHiding.TABLE, persons, seed);
            case ODT_ENCRYPTED -> OpenDocuments.encryptedText(out, seed);
            case ODS_CLEAN -> OpenDocuments.spreadsheet(out, OpenDocuments.SheetHiding.NONE, 0, seed);
            case ODS_HIDDEN_SHEET -> OpenDocuments.spreadsheet(out, OpenDocuments.SheetHiding.HIDDEN_SHEET, persons, seed);
            case ODS_HIDDEN_ROWS -> OpenDocuments.spreadsheet(out, OpenDocuments.SheetHiding.HIDDEN_ROWS, persons, seed);
            case ODS_COMMENT -> OpenDocuments.spreadsheet(out, OpenDocuments.SheetHiding.ANNOTATION, persons, seed);
            case ODP_CLEAN -> OpenDocuments.presentation(out, OpenDocuments.SlideHiding.NONE, 0, seed);
            case ODP_SPEAKER_NOTES -> OpenDocuments.presentation(out, OpenDocuments.SlideHiding.SPEAKER_NOTES, persons, seed);
            case ODP_HIDDEN_SLIDE -> OpenDocuments.presentation(out, OpenDocuments.SlideHiding.HIDDEN_SLIDE, persons, seed);
            case ODP_OFF_SLIDE -> OpenDocuments.presentation(out, OpenDocuments.SlideHiding.OFF_SLIDE, persons, seed);
            case PPTX_CLEAN -> SlideDecks.deck(out, SlideDecks.Hiding.NONE, 0, seed);
            case PPTX_SPEAKER_NOTES -> SlideDecks.deck(out, SlideDecks.Hiding.SPEAKER_NOTES, persons, seed);
            case PPTX_HIDDEN_SLIDE -> SlideDecks.deck(out, SlideDecks.Hiding.HIDDEN_SLIDE, persons, seed);
            case PPTX_OFF_SLIDE -> SlideDecks.deck(out, SlideDecks.Hiding.OFF_SLIDE, persons, seed);
            case PPTX_TABLE -> SlideDecks.deck(out, SlideDecks.Hiding.TABLE, persons, seed);
            case PPTX_EMBEDDED_WORKBOOK -> SlideDecks.deck(out, SlideDecks.Hiding.EMBEDDED_WORKBOOK, persons, seed);
            case RTF_CLEAN -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.NONE, 0, seed);
            case RTF_TRACKED_DELETION -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.TRACKED_DELETION, persons, seed);
            case RTF_HIDDEN_TEXT -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.HIDDEN_TEXT, persons, seed);
            case RTF_COMMENT -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.COMMENT, persons, seed);
            case RTF_FOOTNOTE -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.FOOTNOTE, persons, seed);
            case RTF_HEADER -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.HEADER, persons, seed);
            case RTF_TABLE -> RichTextDocuments.pressRelease(out, RichTextDocuments.Hiding.TABLE, persons, seed);
            case PPT_CLEAN -> SlideDecks.legacyDeck(out, SlideDecks.Hiding.NONE, 0, seed);
            case PPT_HIDDEN_SLIDE -> SlideDecks.legacyDeck(out, SlideDecks.Hiding.HIDDEN_SLIDE, persons, seed);
            case PPT_OFF_SLIDE -> SlideDecks.legacyDeck(out, SlideDecks.Hiding.OFF_SLIDE, persons, seed);
            case PPT_TABLE -> SlideDecks.legacyDeck(out, SlideDecks.Hiding.TABLE, persons, seed);
            case DOCX_ENCRYPTED -> WordDocuments.encrypted(out, ENCRYPTION_PASSWORD, 3, seed);
            case PDF_FAILED_REDACTION -> PdfDocuments.failedRedaction(out, persons, seed);
            case PDF_REDACTED_PROPERLY -> PdfDocuments.redactedProperly(out, persons, seed);
            case PDF_REDACTION_ANNOTATIONS -> PdfDocuments.redactionAnnotations(out, persons, seed);
            case PDF_INVISIBLE_TEXT -> PdfDocuments.invisibleText(out, persons, true, seed);
            case PDF_INVISIBLE_TEXT_CLEAN -> PdfDocuments.invisibleText(out, 0, false, seed);
            case PDF_OFF_PAGE -> PdfDocuments.offPage(out, persons, true, seed);
            case PDF_OFF_PAGE_CLEAN -> PdfDocuments.offPage(out, 0, false, seed);
            case PDF_WHITE_TEXT -> PdfDocuments.whiteText(out, persons, true, seed);
            case PDF_WHITE_TEXT_CLEAN -> PdfDocuments.whiteText(out, 0, false, seed);
            case PDF_LAYER_OFF -> PdfDocuments.layerOff(out, persons, true, seed);
            case PDF_LAYER_OFF_CLEAN -> PdfDocuments.layerOff(out, 0, false, seed);
            case PDF_ANNOTATIONS -> PdfDocuments.annotations(out, persons, true, seed);
            case PDF_ANNOTATIONS_CLEAN -> PdfDocuments.annotations(out, 0, false, seed);
            case PDF_FORM_FIELDS -> PdfDocuments.formFields(out, persons, true, seed);
            case PDF_FORM_FIELDS_CLEAN -> PdfDocuments.formFields(out, 0, false, seed);
            case PDF_ATTACHMENT -> PdfDocuments.attachment(out, persons, true, seed);
            case PDF_ATTACHMENT_CLEAN -> PdfDocuments.attachment(out, 0, false, seed);
            case PDF_EARLIER_REVISION -> PdfDocuments.earlierRevision(out, persons, true, seed);
            case PDF_EARLIER_REVISION_CLEAN -> PdfDocuments.earlierRevision(out, 0, false, seed);
            case PDF_METADATA -> PdfDocuments.metadata(out, persons, true, seed);
            case PDF_METADATA_CLEAN -> PdfDocuments.metadata(out, 0, false, seed);
            case PDF_PUBLIC_OFFICIALS -> PdfDocuments.publicOfficials(out);
            case PDF_ENCRYPTED -> PdfDocuments.encrypted(out, 12, seed);
            case PDF_OWNER_PASSWORD -> PdfDocuments.ownerPasswordOnly(out, persons, seed);
            case PDF_TRUNCATED -> PdfDocuments.truncated(out);
            case PDF_CORRUPT -> PdfDocuments.corrupt(out, seed);
            case PDF_SCANNED -> PdfDocuments.scanned(out, seed);
            case PDF_LARGE -> PdfDocuments.manyPages(out, persons, seed);
            case WEB_COMMENT -> WebPages.commentedList(out, persons, seed);
            case WEB_HIDDEN -> WebPages.hiddenDiv(out, persons, seed);
            case WEB_INLINE_JSON -> WebPages.inlineJson(out, persons, seed);
            case WEB_TABLE -> WebPages.peopleTable(out, persons, seed);
            case WEB_CLEAN -> WebPages.clean(out, seed);
            case JSON_EXPORT -> DataFiles.jsonPeople(out, persons, seed);
            case JSON_CLEAN -> DataFiles.jsonStatistics(out, seed);
            case XML_EXPORT -> DataFiles.xmlPeople(out, persons, seed);
            case MAIL_ATTACHMENT -> MailMessages.withDetaineeWorkbook(out, persons, seed);
            case MAIL_CLEAN -> MailMessages.withAggregateWorkbook(out, seed);
            case PHOTO_GPS -> Images.photoWithGps(out, seed);
            case PHOTO_CLEAN -> Images.plainPhoto(out, seed);
            case ZIP_NESTED -> Archives.nestedZip(out, persons, seed);
            case TAR_GZ -> Archives.tarGz(out, persons, seed);
            case ZIP_CLEAN -> Archives.statisticsZip(out, seed);
            case ZIP_TRAVERSAL -> Archives.traversal(out, seed);
            case ZIP_BOMB -> Archives.zipBomb(out, 200);
            case ZIP_NESTED_BOMB -> Archives.nestedZipBomb(out, 4, 16);
            case GZIP_BOMB -> Archives.gzipBomb(out, 200);
            case ZIP_TRUNCATED -> Archives.truncatedZip(out, persons, seed);
            case MSG_ATTACHMENT -> MailMessages.outlookWithDetaineeWorkbook(out, persons, seed);
            case WEB_ATTRIBUTES -> WebPages.dataAttributes(out, persons, seed);
            case ODS_HIDDEN_COLUMNS -> OpenDocuments.spreadsheet(out, OpenDocuments.SheetHiding.HIDDEN_COLUMNS, persons, seed);
            case PPTX_COMMENT -> SlideDecks.deck(out, SlideDecks.Hiding.COMMENT, persons, seed);
            case PRESS_RELEASE_OFFICIALS -> DisclosureDocuments.pressRelease(out, false);
            case PRESS_OFFICE_CONTACTS -> DisclosureDocuments.pressOfficeContacts(out);
            case PRESS_RELEASE_DETAINEE -> DisclosureDocuments.pressRelease(out, true);
            case FRENCH_HEADERS -> DisclosureDocuments.frenchHeaders(out, persons, seed);
            case LABELLED_XLSX -> DisclosureDocuments.labelledWorkbook(out, SensitivityLabels.CONFIDENTIAL_ID, "Confidential",
                    DisclosureDocuments.LabelStyle.PROPERTIES);
            case LABELLED_DOCX -> DisclosureDocuments.labelledDocument(out, SensitivityLabels.CONFIDENTIAL_ID, "Confidential",
                    DisclosureDocuments.LabelStyle.BOTH);
            case LABELLED_PPTX -> DisclosureDocuments.labelledDeck(out, SensitivityLabels.CONFIDENTIAL_ID, "Confidential",
                    DisclosureDocuments.LabelStyle.LABEL_INFO);
            case PUBLIC_LABELLED_XLSX -> DisclosureDocuments.labelledWorkbook(out, SensitivityLabels.PUBLIC_ID, "Public",
                    DisclosureDocuments.LabelStyle.BOTH);
            case SMALL_CELLS -> DisclosureDocuments.countTable(out, true, seed);
            case SMALL_CELLS_SAFE -> DisclosureDocuments.countTable(out, false, seed);
            case LABELLED_XLS -> DisclosureDocuments.labelledLegacyWorkbook(out, SensitivityLabels.CONFIDENTIAL_ID, "Confidential");
            case LABELLED_PDF -> DisclosureDocuments.labelledPdf(out, SensitivityLabels.CONFIDENTIAL_ID, "Confidential");
            case MARKED_DOCX -> DisclosureDocuments.markedDocument(out);
        };
    }

    /** Writes the file with {@link #defaultPersons()}. */
    public Path write(Path directory, long seed) {
        return write(directory, defaultPersons, seed);
    }

    /**
     * @throws IllegalArgumentException naming the known ids when {@code id} is not one of them
     */
    public static Scenario byId(String id) {
        for (Scenario scenario : values()) {
            if (scenario.id.equals(id)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + id + "'; known: "
                + Arrays.stream(values()).map(Scenario::id).collect(Collectors.joining(", ")));
    }
}
