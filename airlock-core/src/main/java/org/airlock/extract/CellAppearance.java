package org.airlock.extract;

/**
 * The rules that decide whether a formatted cell shows its value, shared by the xlsx and xls
 * readers: the {@code ;;;} number format, text coloured like its fill, a font too small to read.
 */
public final class CellAppearance {

    /** How close (sum of RGB differences) text and fill colours may be before text counts as invisible. */
    private static final int SAME_COLOUR = 30;
    /** Font heights are in twentieths of a point: two points or less cannot be read. */
    private static final int TINY_FONT_TWIPS = 40;

    private CellAppearance() {
    }

    /**
     * Whether a number format hides the value: the first three sections (positive, negative, zero)
     * all empty. Text is hidden too unless a fourth, non-empty section (such as {@code @}) shows it.
     */
    public static boolean formatHides(String format, boolean number) {
        if (format == null) {
            return false;
        }
        String[] sections = format.split(";", -1);
        if (sections.length < 3 || !sections[0].isBlank() || !sections[1].isBlank() || !sections[2].isBlank()) {
            return false;
        }
        return number || sections.length == 3 || sections[3].isBlank();
    }

    /** Whether text of colour {@code text} on a fill of colour {@code fill} (RGB 0-255) cannot be seen. */
    public static boolean sameColour(int[] text, int[] fill) {
        return Math.abs(text[0] - fill[0]) + Math.abs(text[1] - fill[1]) + Math.abs(text[2] - fill[2]) < SAME_COLOUR;
    }

    /** Whether a font height (twentieths of a point) is too small to read. */
    public static boolean tinyFont(int heightTwips) {
        return heightTwips > 0 && heightTwips <= TINY_FONT_TWIPS;
    }

    /** The inventory kind of a hidden or very hidden sheet. */
    public static HiddenPlaceKind sheetKind(Visibility sheetVisibility) {
        return sheetVisibility == Visibility.VERY_HIDDEN_SHEET ? HiddenPlaceKind.VERY_HIDDEN_SHEET : HiddenPlaceKind.HIDDEN_SHEET;
    }
}
