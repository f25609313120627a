package org.airlock.detect;

/**
 * Normalises text before detection, against evasion and accident: digits of any script
 * (full-width, Arabic-Indic, Devanagari...) become ASCII digits, full-width Latin letters and
 * punctuation become ASCII, zero-width characters and soft hyphens are dropped, non-breaking and
 * other Unicode spaces become a space, Unicode hyphens and minus signs become '-', and Cyrillic or
 * Greek letters that look like Latin ones become Latin when the word they are in also holds ASCII
 * letters or digits (a Cyrillic А in "А201234567"), so Russian words themselves are left alone.
 * Offsets are kept so findings point into the original text. ASCII text is returned unchanged
 * after one scan.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** The normalised form of {@code text}. */
    public static NormalizedText normalize(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == length) {
            return new NormalizedText(text, text, null, null);
        }
        // Most non-ASCII text (accents, Cyrillic, Han) has nothing to map: check before copying.
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || map(c, text, i, i + 1) != c)) {
                break;
            }
            i++;
        }
        if (i == length) {
            return new NormalizedText(text, text, null, null);
        }
        StringBuilder out = new StringBuilder(length);
        int[] starts = new int[length];
        int[] ends = new int[length];
        boolean changed = false;
        int n = 0;
        for (int at = 0; at < length; ) {
            int cp = text.codePointAt(at);
            int next = at + Character.charCount(cp);
            int mapped = map(cp, text, at, next);
            if (mapped != cp) {
                changed = true;
            }
            if (mapped >= 0) {
                out.append((char) mapped);
                starts[n] = at;
                ends[n] = next;
                n++;
            }
            at = next;
        }
        if (!changed) {
            return new NormalizedText(text, text, null, null);
        }
        return new NormalizedText(text, out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    /** The replacement of one code point: itself, another BMP character, or -1 to drop it. */
    private static int map(int cp, String text, int at, int next) {
        if (cp < 0x80) {
            return cp;
        }
        switch (cp) {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E -> {
                return -1;
            }
            case 0x00A0, 0x2007, 0x202F, 0x3000 -> {
                return ' ';
            }
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D -> {
                return '-';
            }
            default -> {
            }
        }
        if (cp >= 0x2000 && cp <= 0x200A) {
            return ' ';
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            return cp - 0xFF01 + 0x21; // full-width ASCII
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        int latin = lookAlike(cp);
        if (latin >= 0 && wordHasAscii(text, at, next)) {
            return latin;
        }
        return cp > 0xFFFF ? '?' : cp;
    }

    /** The Latin capital or small letter a Cyrillic or Greek letter is drawn like, or -1. */
    private static int lookAlike(int cp) {
        return switch (cp) {
            case 'А', 'Α' -> 'A';
            case 'В', 'Β' -> 'B';
            case 'С' -> 'C';
            case 'Е', 'Ε' -> 'E';
            case 'Н', 'Η' -> 'H';
            case 'І', 'Ι' -> 'I';
            case 'Ј' -> 'J';
            case 'К', 'Κ' -> 'K';
            case 'М', 'Μ' -> 'M';
            case 'О', 'Ο' -> 'O';
            case 'Р', 'Ρ' -> 'P';
            case 'Ѕ' -> 'S';
            case 'Т', 'Τ' -> 'T';
            case 'Х', 'Χ' -> 'X';
            case 'У', 'Υ' -> 'Y';
            case 'Ζ' -> 'Z';
            case 'а' -> 'a';
            case 'с' -> 'c';
            case 'е' -> 'e';
            case 'о', 'ο' -> 'o';
            case 'р' -> 'p';
            case 'х' -> 'x';
            case 'у' -> 'y';
            case 'і' -> 'i';
            case 'ј' -> 'j';
            case 'ѕ' -> 's';
            default -> -1;
        };
    }

    /** Whether the word around [at, next) holds an ASCII letter or digit. */
    private static boolean wordHasAscii(String text, int at, int next) {
        for (int i = at - 1; i >= 0 && !Character.isWhitespace(text.charAt(i)); i--) {
            if (asciiAlnum(text.charAt(i))) {
                return true;
            }
        }
        for (int i = next; i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (asciiAlnum(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= 0x80 && Character.isDigit(c)) || (c >= 0xFF21 && c <= 0xFF5A);
    }
}
