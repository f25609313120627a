package org.airlock.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Where the cue words of the prose detectors occur in one text, found in a single Aho-Corasick
 * pass over the lower-cased text for the cues of every detector together (the gitleaks idea: a
 * keyword gate before any regular expression). A detector whose matches must start at, or follow,
 * one of its cues then runs its pattern only there, and not at all in a text without them.
 *
 * <p>Built lazily, once per text, the first time a detector asks; a table cell that reaches no
 * cue-gated detector never pays for it. When lower-casing would not line up character for
 * character with the case-insensitive matching of the detectors' patterns (a letter that lower-cases
 * to two characters, a long s, a dotless i), {@link #exact()} is false and detectors scan the whole
 * text as before, so results never depend on the gate.
 */
public final class Cues {

    /** A set of cue words belonging to one detector. */
    public enum Group {
        /** Title or role words before a name (PersonNameDetector). */
        NAME_TITLE,
        /** Date-of-birth words after a name (PersonNameDetector). */
        NAME_BIRTH,
        /** Context words before a date of birth (DateOfBirthDetector). */
        BIRTH_DATE,
        /** Words before a nationality (NationalityDetector). */
        NATIONALITY,
        /** Special-category terms (SensitiveTermDetector), one group per category. */
        CRIMINAL_RECORD,
        RELIGION,
        ETHNICITY,
        SEXUAL_ORIENTATION,
        BIOMETRIC_DATA,
        /** Words of detention places (DetentionFacilityDetector's gate). */
        DETENTION
    }

    private static final Map<String, Integer> GROUPS = new HashMap<>();
    private static final Trie TRIE;

    /** Registers the cue words of a group. */
    private static void add(Group group, List<String> words) {
        for (String word : words) {
            GROUPS.merge(word, 1 << group.ordinal(), (a, b) -> a | b);
        }
    }

    static {
        // Every word with which a match of the name-after-title pattern can start (shorter forms
        // cover longer ones: "mr" covers "mrs", "sr" covers "sra" and "srta", "nom" covers "nombre").
        add(Group.NAME_TITLE, List.of("detainee", "applicant", "claimant", "asylum seeker", "client", "patient",
                "name", "full name", "nom", "mr", "ms", "miss", "mx", "dr", "mme", "mlle", "sr", "señor",
                "minister", "ministre", "ministra", "ministro", "chair", "spokesperson", "spokesman", "spokeswoman", "portavoz",
                "senator", "commissioner", "director", "secretary", "mayor", "governor", "ambassador", "councillor", "prof",
                "sir", "dame", "contact"));
        add(Group.NAME_BIRTH, List.of("dob", "d.o.b", "born", "date of birth", "né", "nacido", "nacida",
                "fecha de nacimiento", "дата рождения", "родился", "родилась", "تاریخ تولد", "متولد", "تاريخ الميلاد",
                "出生日期", "出生于", "生于"));
        add(Group.BIRTH_DATE, DateOfBirthDetector.CONTEXT.words());
        add(Group.NATIONALITY, List.of("nationality", "citizenship", "citizen of", "national of",
                "country of citizenship", "nationalité", "nacionalidad", "ciudadanía", "гражданство",
                "национальность", "громадянство", "staatsangehörigkeit", "nazionalità", "nacionalidade", "uyruğu",
                "ملیت", "تابعیت", "الجنسية", "国籍"));
        add(Group.CRIMINAL_RECORD, SensitiveTermDetector.cueWords(FindingType.CRIMINAL_RECORD));
        add(Group.RELIGION, SensitiveTermDetector.cueWords(FindingType.RELIGION));
        add(Group.ETHNICITY, SensitiveTermDetector.cueWords(FindingType.ETHNICITY));
        add(Group.SEXUAL_ORIENTATION, SensitiveTermDetector.cueWords(FindingType.SEXUAL_ORIENTATION));
        add(Group.BIOMETRIC_DATA, SensitiveTermDetector.cueWords(FindingType.BIOMETRIC_DATA));
        add(Group.DETENTION, DetentionFacilityDetector.GATE);
        TRIE = Trie.builder().addKeywords(GROUPS.keySet()).build();
    }

    private final String text;
    private boolean built;
    private boolean exact;
    /** Per group: start and end of each occurrence, in pairs, in text order. */
    private final int[][] occurrences = new int[Group.values().length][];

    Cues(String text) {
        this.text = text;
    }

    /**
     * Whether the occurrences can be trusted: lower-casing kept every character in place and agrees
     * with the regex engine's case folding. When false, a detector must scan the whole text.
     */
    public boolean exact(String lowerText) {
        build(lowerText);
        return exact;
    }

    /** Start and end of each occurrence of the group's cue words, in pairs, ordered by start. Empty when none. */
    public int[] of(Group group, String lowerText) {
        build(lowerText);
        return occurrences[group.ordinal()];
    }

    private void build(String lowerText) {
        if (built) {
            return;
        }
        built = true;
        exact = lines(text, lowerText);
        int groups = Group.values().length;
        int[][] found = new int[groups][8];
        int[] counts = new int[groups];
        if (exact) {
            for (Emit emit : TRIE.parseText(lowerText)) {
                int mask = GROUPS.get(emit.getKeyword());
                for (int g = 0; g < groups; g++) {
                    if ((mask & (1 << g)) != 0) {
                        if (counts[g] + 2 > found[g].length) {
                            found[g] = Arrays.copyOf(found[g], found[g].length * 2);
                        }
                        found[g][counts[g]++] = emit.getStart();
                        found[g][counts[g]++] = emit.getEnd() + 1;
                    }
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            int[] pairs = Arrays.copyOf(found[g], counts[g]);
            sortPairs(pairs);
            occurrences[g] = pairs;
        }
    }

    /**
     * Whether {@code lower} is {@code text} lower-cased character for character, each character as
     * the regex engine folds it for case-insensitive matching (upper case, then lower case).
     */
    private static boolean lines(String text, String lower) {
        if (text.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && Character.toLowerCase(Character.toUpperCase(c)) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Sorts start/end pairs by start (emits come ordered by end). Few elements: insertion sort. */
    private static void sortPairs(int[] pairs) {
        for (int i = 2; i < pairs.length; i += 2) {
            int start = pairs[i];
            int end = pairs[i + 1];
            int j = i - 2;
            while (j >= 0 && pairs[j] > start) {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }
            pairs[j + 2] = start;
            pairs[j + 3] = end;
        }
    }
}
