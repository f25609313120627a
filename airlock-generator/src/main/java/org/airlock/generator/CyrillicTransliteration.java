package org.airlock.generator;

import java.util.Map;

/**
 * Romanises Cyrillic names the way passports and immigration records usually spell them
 * (a simplified BGN/PCGN-style table, ASCII only). Datafaker's Russian and Ukrainian name lists
 * are Cyrillic only, and immigration systems mostly hold Latin spellings, so Latin-script names for
 * those origins are made by transliterating the Cyrillic ones.
 */
final class CyrillicTransliteration {

    private static final Map<Character, String> COMMON = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"),
            Map.entry('є', "ye"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('\'', ""), Map.entry('’', ""));

    /** Ukrainian spells these letters differently from Russian (Hryhoriy, not Grigoriy). */
    private static final Map<Character, String> UKRAINIAN = Map.of('г', "h", 'и', "y");

    private final boolean ukrainian;

    private CyrillicTransliteration(boolean ukrainian) {
        this.ukrainian = ukrainian;
    }

    static CyrillicTransliteration russian() {
        return new CyrillicTransliteration(false);
    }

    static CyrillicTransliteration ukrainian() {
        return new CyrillicTransliteration(true);
    }

    String toLatin(String cyrillic) {
        StringBuilder latin = new StringBuilder(cyrillic.length() + 4);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = ukrainian ? UKRAINIAN.get(lower) : null;
            if (mapped == null) {
                mapped = COMMON.get(lower);
            }
            if (mapped == null) {
                latin.append(c); // spaces, hyphens and anything already Latin pass through
            } else if (c != lower && !mapped.isEmpty()) {
                latin.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
            } else {
                latin.append(mapped);
            }
        }
        return latin.toString();
    }
}
