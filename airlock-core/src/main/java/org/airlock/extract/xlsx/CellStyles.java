package org.airlock.extract.xlsx;

import org.airlock.extract.CellAppearance;
import org.airlock.extract.Visibility;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.model.ThemesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * What each cell style of a workbook does to the reader's eye, worked out once per workbook:
 * whether it formats numbers as dates, and whether it hides the value (the {@code ;;;} number
 * format, text coloured like its fill, a font of two points or less).
 */
final class CellStyles {

    private final boolean[] date;
    private final Visibility[] forText;
    private final Visibility[] forNumbers;

    private CellStyles(int count) {
        date = new boolean[count];
        forText = new Visibility[count];
        forNumbers = new Visibility[count];
    }

    static CellStyles of(StylesTable styles) {
        if (styles == null) {
            CellStyles none = new CellStyles(1);
            none.forText[0] = Visibility.VISIBLE;
            none.forNumbers[0] = Visibility.VISIBLE;
            return none;
        }
        int count = Math.max(1, styles.getNumCellStyles());
        CellStyles result = new CellStyles(count);
        ThemesTable theme = styles.getTheme();
        for (int i = 0; i < count; i++) {
            Visibility text = Visibility.VISIBLE;
            Visibility numbers = Visibility.VISIBLE;
            try {
                XSSFCellStyle style = styles.getStyleAt(i);
                String format = style.getDataFormatString();
                result.date[i] = format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
                if (CellAppearance.formatHides(format, true)) {
                    numbers = Visibility.INVISIBLE_NUMBER_FORMAT;
                }
                if (CellAppearance.formatHides(format, false)) {
                    text = Visibility.INVISIBLE_NUMBER_FORMAT;
                }
                Visibility font = fontVisibility(style, theme);
                text = text.strongest(font);
                numbers = numbers.strongest(font);
            } catch (RuntimeException e) {
                // A damaged style must not stop the sheet: its cells count as visible.
            }
            result.forText[i] = text;
            result.forNumbers[i] = numbers;
        }
        return result;
    }

    private static Visibility fontVisibility(XSSFCellStyle style, ThemesTable theme) {
        XSSFFont font = style.getFont();
        if (font == null) {
            return Visibility.VISIBLE;
        }
        if (CellAppearance.tinyFont(font.getFontHeight())) {
            return Visibility.TINY_TEXT;
        }
        int[] textRgb = rgb(font.getXSSFColor(), theme, new int[] {0, 0, 0});
        int[] fillRgb = new int[] {255, 255, 255};
        if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
            fillRgb = rgb(style.getFillForegroundXSSFColor(), theme, fillRgb);
        } else if (style.getFillPattern() != FillPatternType.NO_FILL) {
            return Visibility.VISIBLE; // patterned fills mix colours; text on them is readable enough
        }
        return CellAppearance.sameColour(textRgb, fillRgb) ? Visibility.WHITE_TEXT : Visibility.VISIBLE;
    }

    private static int[] rgb(XSSFColor color, ThemesTable theme, int[] fallback) {
        if (color == null || color.isAuto()) {
            return fallback;
        }
        if (color.isThemed() && theme != null) {
            theme.inheritFromThemeAsRequired(color);
        }
        byte[] bytes = color.getRGBWithTint();
        if (bytes == null) {
            bytes = color.getRGB();
        }
        if (bytes == null || bytes.length < 3) {
            return fallback;
        }
        int offset = bytes.length == 4 ? 1 : 0;
        return new int[] {bytes[offset] & 0xff, bytes[offset + 1] & 0xff, bytes[offset + 2] & 0xff};
    }

    boolean isDate(int style) {
        return style >= 0 && style < date.length && date[style];
    }

    Visibility visibility(int style, boolean number) {
        if (style < 0 || style >= forText.length) {
            return Visibility.VISIBLE;
        }
        return number ? forNumbers[style] : forText[style];
    }
}
