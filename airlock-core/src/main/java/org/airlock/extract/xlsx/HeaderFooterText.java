package org.airlock.extract.xlsx;

import java.util.regex.Pattern;

/** Removes the formatting codes of spreadsheet headers and footers ({@code &L}, {@code &"Arial,Bold"}, {@code &12}). */
final class HeaderFooterText {

    private static final Pattern CODES = Pattern.compile("&(?:\"[^\"]*\"|\\d+|[LCRPNDTZFAGBIUSEXY&KH])");

    private HeaderFooterText() {
    }

    static String strip(String raw) {
        return CODES.matcher(raw).replaceAll(" ").strip();
    }
}
