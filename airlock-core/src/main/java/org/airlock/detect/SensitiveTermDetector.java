package org.airlock.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Special-category data about a person in prose (UK/EU GDPR Art. 9 and 10): criminal record,
 * religion, ethnicity, sexual orientation, biometrics. Topic words alone ("data by ethnicity",
 * "freedom of religion", "biometric data will be collected") are ordinary government prose, so a
 * term counts only in one of two forms:
 * <ul>
 * <li>a label with a colon and its value: "Religion: Baha'i", "Ethnicity : Kurdish", "宗教：...";
 * the finding spans the label and the value up to the end of the clause;</li>
 * <li>a phrase that says something about someone: "was convicted of", "identifies as gay",
 * "fingerprints taken", "converted to Christianity", "casier judiciaire", "судимость".</li>
 * </ul>
 * Like any attribute, such a finding is reported only in a person record (a name or identifier
 * nearby): the category raises the stakes of a record, it does not make one. The cue words are
 * found by the shared Aho-Corasick pass of {@link Cues}, so the five detectors cost no extra pass.
 */
public final class SensitiveTermDetector implements TextDetector {

    /** The terms of each type; a term ending in ':' is a label and needs its colon and a value. */
    static final Map<FindingType, List<String>> TERMS = Map.of(
            FindingType.CRIMINAL_RECORD, List.of("criminal record:", "criminal history:", "convictions:", "prior conviction",
                    "previous conviction", "convicted of", "was convicted", "were convicted", "sentenced to", "pleaded guilty",
                    "arrest record", "felony conviction", "misdemeanor conviction", "served a sentence", "casier judiciaire",
                    "condamné pour", "condamnée pour", "antecedentes penales", "condenado por", "condenada por", "судимость",
                    "судимости", "был осужден", "была осуждена", "vorbestraft", "precedenti penali", "سابقه کیفری",
                    "سوء پیشینه", "犯罪记录", "前科"),
            FindingType.RELIGION, List.of("religion:", "religious affiliation:", "faith:", "denomination:", "religión:",
                    "confession religieuse:", "вероисповедание:", "دین:", "مذهب:", "宗教:", "宗教：", "converted to christianity",
                    "converted to islam", "converted from islam", "practising muslim", "practicing muslim", "practising christian",
                    "practicing christian", "is a baha'i", "is a bahá'í", "is jewish", "jehovah's witness", "apostasy from islam",
                    "member of the ahmadiyya"),
            FindingType.ETHNICITY, List.of("ethnicity:", "ethnic origin:", "ethnic group:", "ethnic background:", "race:",
                    "origine ethnique:", "etnia:", "origen étnico:", "этническая принадлежность:", "قومیت:", "民族:", "民族：",
                    "ethnic kurd", "ethnic hazara", "ethnic uyghur", "ethnic uighur", "ethnic rohingya", "ethnic pashtun",
                    "ethnic tajik", "ethnic baloch", "ethnic albanian", "of roma origin"),
            FindingType.SEXUAL_ORIENTATION, List.of("sexual orientation:", "orientation sexuelle:", "orientación sexual:",
                    "сексуальная ориентация:", "گرایش جنسی:", "性取向:", "性取向：", "identifies as gay", "identifies as lesbian",
                    "identifies as bisexual", "identifies as transgender", "is gay", "is a lesbian", "is bisexual",
                    "is homosexual", "his homosexuality", "her homosexuality", "lgbt asylum claim", "on the basis of his sexuality",
                    "on the basis of her sexuality"),
            FindingType.BIOMETRIC_DATA, List.of("fingerprints taken", "fingerprinted on", "fingerprint record", "fingerprint id",
                    "fingerprint identification number", "biometrics enrolled", "biometric record", "biometrics taken",
                    "iris scan", "dna sample", "dna profile", "facial image:", "empreintes digitales", "huellas dactilares",
                    "отпечатки пальцев", "اثر انگشت", "指纹"));

    private final FindingType type;
    private final Cues.Group group;

    private SensitiveTermDetector(FindingType type, Cues.Group group) {
        this.type = type;
        this.group = group;
    }

    /** The five detectors, one per special category. */
    public static List<TextDetector> all() {
        List<TextDetector> all = new ArrayList<>();
        all.add(new SensitiveTermDetector(FindingType.CRIMINAL_RECORD, Cues.Group.CRIMINAL_RECORD));
        all.add(new SensitiveTermDetector(FindingType.RELIGION, Cues.Group.RELIGION));
        all.add(new SensitiveTermDetector(FindingType.ETHNICITY, Cues.Group.ETHNICITY));
        all.add(new SensitiveTermDetector(FindingType.SEXUAL_ORIENTATION, Cues.Group.SEXUAL_ORIENTATION));
        all.add(new SensitiveTermDetector(FindingType.BIOMETRIC_DATA, Cues.Group.BIOMETRIC_DATA));
        return all;
    }

    /** The words the cue pass looks for: each term without its colon. */
    static List<String> cueWords(FindingType type) {
        List<String> words = new ArrayList<>();
        for (String term : TERMS.get(type)) {
            if (!words.contains(stem(term))) {
                words.add(stem(term)); // "宗教:" and "宗教：" are one cue word
            }
        }
        return words;
    }

    private static String stem(String term) {
        return term.endsWith(":") || term.endsWith("：") ? term.substring(0, term.length() - 1) : term;
    }

    @Override
    public FindingType type() {
        return type;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        // Without a profile (a caller outside the catalogue): every occurrence of every term, then
        // the same walk in text order as the gated scan, so both find the same.
        List<int[]> at = new ArrayList<>();
        for (String term : TERMS.get(type)) {
            String word = stem(term);
            for (int i = lowerText.indexOf(word); i >= 0; i = lowerText.indexOf(word, i + 1)) {
                at.add(new int[] {i, i + word.length()});
            }
        }
        at.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] pairs = new int[at.size() * 2];
        for (int k = 0; k < at.size(); k++) {
            pairs[2 * k] = at.get(k)[0];
            pairs[2 * k + 1] = at.get(k)[1];
        }
        walk(text, lowerText, pairs, out);
    }

    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        Cues cues = profile.cues();
        if (!cues.exact(lowerText)) {
            detect(text, lowerText, out);
            return;
        }
        walk(text, lowerText, cues.of(group, lowerText), out);
    }

    /** Checks each cue occurrence (start/end pairs in text order) that does not fall inside the last finding. */
    private void walk(String text, String lowerText, int[] at, List<Detection> out) {
        int position = 0;
        for (int k = 0; k < at.length; k += 2) {
            if (at[k] >= position) {
                int before = out.size();
                check(text, lowerText, at[k], at[k + 1], out);
                if (out.size() > before) {
                    position = out.get(out.size() - 1).end();
                }
            }
        }
    }

    /** Whether the cue at {@code start..end} is a whole word and, for a label, has its colon and a value. */
    private void check(String text, String lowerText, int start, int end, List<Detection> out) {
        if (!wholeWord(lowerText, start, end)) {
            return;
        }
        String cue = lowerText.substring(start, end);
        for (String term : TERMS.get(type)) {
            if (!stem(term).equals(cue)) {
                continue;
            }
            if (term.equals(cue)) {
                out.add(new Detection(type, start, end, Confidence.MEDIUM, "phrase about a person: '" + cue + "'"));
                return;
            }
            int i = end;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
                i++;
            }
            if (i >= text.length() || (text.charAt(i) != ':' && text.charAt(i) != '：')) {
                return;
            }
            i++;
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
                i++;
            }
            int valueEnd = i;
            while (valueEnd < text.length() && ",;.\n|()،。，；".indexOf(text.charAt(valueEnd)) < 0 && valueEnd - i < 60) {
                valueEnd++;
            }
            while (valueEnd > i && Character.isWhitespace(text.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            if (valueEnd > i && Character.isLetter(text.charAt(i)) && words(text, i, valueEnd) <= 3) {
                out.add(new Detection(type, start, valueEnd, Confidence.MEDIUM, "label '" + cue + "' with a value"));
            }
            return;
        }
    }

    /** Words in a value: a label's value is a word or three ("Kurdish", "Baha'i"), not a sentence ("The race: a 10 km run"). */
    private static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean wholeWord(String lower, int start, int end) {
        if (lower.charAt(start) >= 0x3000) {
            return true; // Chinese and Japanese are written without spaces
        }
        boolean before = start == 0 || !Character.isLetter(lower.charAt(start - 1));
        boolean after = end >= lower.length() || !Character.isLetter(lower.charAt(end)) || !Character.isLetter(lower.charAt(end - 1));
        return before && after;
    }

    /** The first label term of this type ("religion:"), for the catalogue's description. */
    private String firstLabel() {
        for (String term : TERMS.get(type)) {
            if (term.endsWith(":")) {
                return term;
            }
        }
        return "facial image:";
    }

    @Override
    public DetectorInfo info() {
        List<String> words = cueWords(type);
        return new DetectorInfo(type.id(), type.category(),
                "a label with a colon and a short value (\"" + firstLabel() + " ...\"), or a phrase that says it of someone; "
                        + "reported only in a person record", words.subList(0, Math.min(8, words.size())), true, "MEDIUM");
    }
}
