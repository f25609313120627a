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
            "a page listing anonymous cases whose data-detainee attributes hold each person's details");

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
