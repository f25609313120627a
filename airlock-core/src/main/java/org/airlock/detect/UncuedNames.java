package org.airlock.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names in prose without a cue, from the name dictionaries ({@link NameDictionary}) and the
 * shape of the words around them, in Latin, Cyrillic, Arabic/Persian and Han script:
 * "Maria Lopez Garcia", "LOPEZ, Maria", "J. Smith", "María del Carmen de los Santos",
 * "Ahmad al-Hashimi", "Иванов Иван Петрович", "محمد رضایی", "王伟".
 *
 * <p>One pass splits the text into words; runs of capitalised words joined by single spaces (with
 * particles inside) are candidates, cut at words that are never part of a name (months, titles,
 * organisation and heading words, function words). A candidate is a name when its first word is a
 * listed given name (HIGH when its last word is a listed family name too, MEDIUM when that word is
 * only shaped like one), when initials come before a listed family name, or when a listed family
 * name follows a capitalised word that does not start the sentence. Scripts without capitals need
 * a listed given name and a listed or Persian-shaped family name (Perso-Arabic), or a listed family
 * name with a listed given name, or a three-character run standing alone that starts with a listed
 * family name (Han).
 * Hand-written because no maintained Java library finds names offline (see ENVIRONMENT-NOTES).
 */
final class UncuedNames {

    private static final byte CAP = 1;
    private static final byte INITIAL = 2;
    private static final byte PARTICLE = 3;
    private static final byte LOWER = 4;
    private static final byte ARABIC = 5;
    private static final byte HAN = 6;
    private static final byte OTHER = 7;

    private static final byte GAP_SPACE = 0;
    private static final byte GAP_COMMA = 1;
    private static final byte GAP_BREAK = 2;
    /** A comma, then a word that is no name word ("Théo Deschamps, née le ..."). */
    private static final byte GAP_COMMA_BREAK = 3;

    /** Capitalised words that are never part of a person's name here (folded to lower case). */
    private static final Set<String> STOP = new HashSet<>(List.of(
            // months and days (en, fr, es, de)
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "maerz", "juni", "juli", "oktober",
            "dezember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves", "viernes",
            "sabado", "domingo",
            // function words that start sentences and headings
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "by", "from", "with", "as", "if",
            "when", "while", "after", "before", "during", "under", "over", "our", "their", "his", "her", "its", "we",
            "they", "it", "he", "she", "you", "i", "all", "each", "every", "some", "many", "most", "no", "not", "and",
            "or", "but", "so", "then", "there", "here", "what", "which", "who", "how", "why", "where", "to", "of", "is",
            "are", "was", "were", "be", "has", "have", "had", "will", "can", "may", "should", "would", "could", "must",
            "le", "la", "les", "un", "une", "des", "el", "los", "las", "der", "die", "das", "und", "et", "y",
            // titles and roles: cues before a name, never the name itself
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "minister",
            "secretary", "chair", "chairman", "chairwoman", "chairperson", "president", "vice", "director", "deputy",
            "spokesperson", "spokesman", "spokeswoman", "commissioner", "senator", "judge", "mayor", "governor",
            "ambassador", "councillor", "councilor", "officer", "inspector", "sheriff", "chief", "superintendent",
            "captain", "colonel", "general", "sergeant", "agent", "detective", "counsel", "attorney", "representative",
            "congressman", "congresswoman", "mp", "mep", "hon", "honourable", "honorable", "rt", "king", "queen",
            "prince", "princess", "pope", "rev", "reverend", "imam", "rabbi", "bishop", "madame", "monsieur", "mme",
            "mlle", "senor", "senora", "herr", "frau", "detainee", "applicant", "claimant", "client", "patient",
            "respondent", "defendant", "witness", "staff", "contact", "head", "manager", "team", "lead", "leader",
            "ministre", "ministro", "presidente", "secretario", "secretaria", "portavoz", "porte", "parole",
            // document words
            "report", "statistics", "statistical", "release", "data", "update", "summary", "table", "figure", "annex",
            "appendix", "section", "chapter", "part", "note", "notes", "press", "news", "page", "contents",
            "introduction", "conclusion", "background", "overview", "key", "findings", "results", "total", "quarter",
            "quarterly", "annual", "monthly", "weekly", "budget", "policy", "strategy", "plan", "act", "law",
            "regulation", "regulations", "article", "order", "decision", "review", "guidance", "notice", "statement",
            "response", "consultation", "committee", "commission", "authority", "council", "department", "ministry",
            "office", "agency", "service", "services", "board", "bureau", "institute", "university", "college",
            "school", "hospital", "bank", "trust", "fund", "foundation", "group", "company", "corporation",
            "association", "union", "party", "government", "parliament", "assembly", "congress", "senate", "court",
            "tribunal", "police", "army", "navy", "force", "forces", "centre", "center", "house", "hall", "street",
            "road", "avenue", "square", "park", "station", "airport", "bridge", "building", "tower", "city", "county",
            "state", "states", "region", "province", "district", "republic", "kingdom", "united", "national",
            "international", "federal", "european", "world", "global", "public", "health", "home", "foreign",
            "justice", "immigration", "border", "customs", "enforcement", "security", "affairs", "development",
            "education", "finance", "treasury", "defence", "defense", "energy", "environment", "transport", "housing",
            "labour", "labor", "work", "works", "pensions", "interior", "social", "economic", "africa", "america",
            "americas", "asia", "europe", "middle", "east", "west", "north", "south", "central", "new", "old", "great",
            "greater", "saint", "st", "mount", "lake", "river", "port", "fort", "san", "santa", "day", "year", "month",
            "week", "spring", "summer", "autumn", "winter", "christmas", "easter", "covid", "internet", "website",
            "online", "microsoft", "google", "windows", "excel", "pdf", "uk", "us", "usa", "eu", "un", "jail",
            "facility", "detention", "processing", "correctional", "prison", "removal", "asylum", "visa", "status",
            "program", "programme", "project", "unit", "division", "branch", "fiscal", "period", "reporting",
            "published", "date", "dob", "nationality", "citizenship", "born", "name", "names", "surname", "male",
            "female", "yes", "unknown", "other", "total", "totals", "mean", "median", "average", "number", "count",
            "monsieur", "nom", "prenom", "nombre", "apellido", "nationalite", "nacionalidad", "sexe", "sexo"));

    /**
     * Words that make the capitalised words before them a place or an organisation: "Otay Mesa
     * Detention Center", "Lincoln County", "Grace Hospital", "Jordan Valley Authority".
     */
    private static final Set<String> PLACE_OR_ORGANISATION = Set.copyOf(List.of("committee", "commission", "authority", "council",
            "department", "ministry", "office", "agency", "service", "services", "board", "bureau", "institute",
            "university", "college", "school", "hospital", "bank", "trust", "fund", "foundation", "group", "company",
            "corporation", "association", "union", "party", "court", "tribunal", "police", "centre", "center", "house",
            "hall", "street", "road", "avenue", "square", "park", "station", "airport", "bridge", "building", "tower",
            "city", "county", "state", "region", "province", "district", "republic", "kingdom", "lake", "river", "port",
            "jail", "facility", "detention", "processing", "correctional", "prison", "penitentiary", "valley", "island",
            "islands", "beach", "bay", "heights", "springs", "hills", "county", "township", "village", "museum",
            "library", "church", "mosque", "temple", "stadium", "arena", "hotel", "mall", "plaza", "inc", "ltd", "llc",
            "corp", "plc", "gmbh", "foundation", "institution", "complex", "road", "lane", "way", "drive", "cross", "corps",
            "memorial", "monument", "cathedral", "palace", "castle", "garden", "gardens", "market", "gate", "airlines",
            "airways", "motors", "energy", "press", "times", "post", "news", "herald", "journal", "review", "prize",
            "award", "awards", "act", "treaty", "convention", "agreement", "fire", "rescue", "brigade", "society",
            "network", "alliance", "partnership", "coalition", "federation", "league", "club", "fc", "team", "project"));

    /** Persian and Arabic words that are never names (function words, titles, common nouns of official prose). */
    private static final Set<String> ARABIC_STOP = Set.of(
            "و", "در", "از", "به", "که", "این", "با", "را", "برای", "آن", "است", "بود", "شد", "های", "می", "تا", "یا",
            "هم", "نیز", "اما", "آقای", "خانم", "دکتر", "وزیر", "رئیس", "سخنگوی", "تاریخ", "تولد", "ملیت", "نام",
            "في", "من", "على", "إلى", "عن", "مع", "أن", "هذا", "هذه", "التي", "الذي", "السيد", "السيدة", "الدكتور",
            "وزير", "رئيس", "تاريخ", "الميلاد", "الجنسية", "اسم");

    /** Persian family-name endings (-i, -zadeh, -pour, -ian, -nejad, -far): shape of a family name. */
    private static final String[] PERSIAN_FAMILY_ENDINGS = {"ی", "زاده", "پور", "یان", "نژاد", "فر", "نیا"};

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "di", "du", "van", "von", "der", "den", "le", "y", "bin", "ibn", "bint", "al", "el", "ben", "ter", "zu");

    private final NameDictionary names = NameDictionary.instance();

    /** One tokenised text: word spans, kinds, the gap after each word, whether it starts a sentence. */
    private static final class Words {
        int count;
        int[] start = new int[64];
        int[] end = new int[64];
        byte[] kind = new byte[64];
        byte[] gap = new byte[64];
        boolean[] sentenceStart = new boolean[64];

        void add(int s, int e, byte k, boolean first) {
            if (count == start.length) {
                int n = count * 2;
                start = java.util.Arrays.copyOf(start, n);
                end = java.util.Arrays.copyOf(end, n);
                kind = java.util.Arrays.copyOf(kind, n);
                gap = java.util.Arrays.copyOf(gap, n);
                sentenceStart = java.util.Arrays.copyOf(sentenceStart, n);
            }
            start[count] = s;
            end[count] = e;
            kind[count] = k;
            gap[count] = GAP_BREAK;
            sentenceStart[count] = first;
            count++;
        }
    }

    /** Adds the names found in {@code text} that overlap nothing already in {@code out}. */
    void find(String text, List<Detection> out) {
        if (!worthLooking(text)) {
            return;
        }
        Words w = tokenize(text);
        int i = 0;
        while (i < w.count) {
            byte k = w.kind[i];
            if (k == CAP || k == INITIAL) {
                int j = i;
                while (j + 1 < w.count && w.gap[j] == GAP_SPACE
                        && (w.kind[j + 1] == CAP || w.kind[j + 1] == INITIAL || isParticle(text, w, j + 1)
                            || lowerFamilyAfterParticle(text, w, j))) {
                    j++;
                }
                if (j == i && w.gap[i] != GAP_COMMA) {
                    i++;
                    continue; // one capitalised word alone: a sentence's first word, a place, never a whole name here
                }
                while (j > i && w.kind[j] == PARTICLE) {
                    j--;
                }
                i = latinRun(text, w, i, j, out) + 1;
            } else if (k == ARABIC) {
                int j = i;
                while (j + 1 < w.count && w.gap[j] == GAP_SPACE && w.kind[j + 1] == ARABIC) {
                    j++;
                }
                arabicRun(text, w, i, j, out);
                i = j + 1;
            } else if (k == HAN) {
                han(text, w.start[i], w.end[i], out);
                i++;
            } else {
                i++;
            }
        }
    }

    /** Whether word {@code k} is a lower-case particle (de, van, bin...); marks it so for the run's reading. */
    private static boolean isParticle(String text, Words w, int k) {
        if (w.kind[k] == PARTICLE) {
            return true;
        }
        if (w.kind[k] != LOWER || w.end[k] - w.start[k] > 4 || !PARTICLES.contains(text.substring(w.start[k], w.end[k]))) {
            return false;
        }
        w.kind[k] = PARTICLE;
        return true;
    }

    private static boolean isArabicScript(char c) {
        return (c >= '\u0600' && c <= '\u06ff') || (c >= '\u0750' && c <= '\u077f') || (c >= '\u08a0' && c <= '\u08ff')
                || (c >= '\ufb50' && c <= '\ufdff') || (c >= '\ufe70' && c <= '\ufeff');
    }

    /** "Da silva", "Le roux": a capitalised particle, then a listed family name written in lower case. */
    private boolean lowerFamilyAfterParticle(String text, Words w, int j) {
        return w.kind[j] == CAP && w.kind[j + 1] == LOWER && w.end[j] - w.start[j] <= 3
                && PARTICLES.contains(word(text, w, j).toLowerCase(Locale.ROOT)) && names.isFamily(word(text, w, j + 1));
    }

    /** Capitals or letters of a caseless script: no name can be found in text without either. */
    private static boolean worthLooking(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 0x80 && Character.isLetter(c))) {
                return true;
            }
        }
        return false;
    }

    private static Words tokenize(String text) {
        Words w = new Words();
        int n = text.length();
        int i = 0;
        int gapEnd = -1; // where the gap after the last recorded word ends
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!letter(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n' || c == '•' || c == '"'
                        || c == '“' || c == '(' || c == '[' || c == '-' || c == '–' || c == '*') {
                    sentenceStart = true;
                } else if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\r' && c != ',' && c != '\'' && c != '’') {
                    sentenceStart = false;
                }
                i++;
                continue;
            }
            if (c >= 'a' && c <= 'z' && !joinedArticle(text, i) && !mayContinueRun(w, gapEnd, i)) {
                // A lower-case word away from any capitalised one: skipped without a record, but it
                // parts the words around it ("Maria and Jose" are no one name).
                while (i < n && (letter(text.charAt(i)) || text.charAt(i) >= 0x300 && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                if (w.count > 0 && w.gap[w.count - 1] == GAP_COMMA) {
                    w.gap[w.count - 1] = GAP_COMMA_BREAK;
                } else if (w.count > 0 && w.gap[w.count - 1] == GAP_SPACE) {
                    w.gap[w.count - 1] = GAP_BREAK;
                }
                sentenceStart = false;
                continue;
            }
            boolean han = c >= '\u2e80' && isHan(c);
            int s = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (letter(d)) {
                    if (d >= '\u2e80' && isHan(d) != han || d < '\u2e80' && han) {
                        break;
                    }
                    i++;
                } else if (d >= 0x300 && (d == '\u200c' || Character.getType(d) == Character.NON_SPACING_MARK
                        || Character.getType(d) == Character.COMBINING_SPACING_MARK)) {
                    i++;
                } else if ((d == '-' || d == '\'' || d == '’') && !han && i + 1 < n && letter(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            int e = i;
            byte kind = kindOf(text, s, e, han);
            if (kind == INITIAL) {
                e++; // the initial's full stop belongs to the name
                i = e;
            }
            w.add(s, e, kind, sentenceStart);
            sentenceStart = false;
            // The gap to the next word.
            int g = i;
            int newlines = 0;
            boolean comma = false;
            byte gap = GAP_SPACE;
            while (g < n) {
                char d = text.charAt(g);
                if (d == ' ' || d == '\u00a0' || d == '\t' || d == '\r') {
                    g++;
                } else if (d == '\n') {
                    newlines++;
                    g++;
                } else if (d == ',' && !comma && g == i) {
                    comma = true;
                    g++;
                } else {
                    break;
                }
            }
            if (newlines > 0 || g == i) {
                gap = g == i && g < n && letter(text.charAt(g)) ? GAP_SPACE : GAP_BREAK;
                if (newlines > 0) {
                    gap = GAP_BREAK;
                }
            } else if (comma) {
                gap = GAP_COMMA;
            }
            w.gap[w.count - 1] = gap;
            gapEnd = g;
        }
        return w;
    }

    private static boolean commaAfter(Words w, int k) {
        return w.gap[k] == GAP_COMMA || w.gap[k] == GAP_COMMA_BREAK;
    }

    /** "al-Hashimi", "el-Amin": a lower-case article joined to a capitalised name. */
    private static boolean joinedArticle(String text, int i) {
        return i + 3 < text.length() && text.charAt(i + 2) == '-' && (text.startsWith("al", i) || text.startsWith("el", i));
    }

    /**
     * Whether a lower-case word at {@code i} may belong to a run of name words: it comes right after
     * a capitalised word ("Carmen de", "Da silva") or a short lower-case word ("de los").
     */
    private static boolean mayContinueRun(Words w, int gapEnd, int i) {
        if (w.count == 0 || gapEnd != i || w.gap[w.count - 1] != GAP_SPACE) {
            return false;
        }
        byte last = w.kind[w.count - 1];
        return last == CAP || last == INITIAL || (last == LOWER && w.end[w.count - 1] - w.start[w.count - 1] <= 4);
    }

    /** {@link Character#isLetter} with a fast path for ASCII, which most prose is. */
    private static boolean letter(char c) {
        if (c < 128) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static byte kindOf(String text, int s, int e, boolean han) {
        char first = text.charAt(s);
        if (han) {
            return HAN;
        }
        if (s > 0 && isGlue(text.charAt(s - 1)) || e < text.length() && isGlue(text.charAt(e))) {
            return OTHER; // part of a code, an address or a path: A201234567, j.smith@..., file_name
        }
        if (isArabicScript(first)) {
            return ARABIC;
        }
        if (first >= 'A' && first <= 'Z' || first >= 128 && Character.isUpperCase(first)) {
            if (e - s == 1 && e < text.length() && text.charAt(e) == '.') {
                return INITIAL;
            }
            return e - s >= 2 ? CAP : OTHER;
        }
        if (first >= 'a' && first <= 'z' || Character.isLowerCase(first)) {
            if (e - s >= 5 && text.charAt(s + 2) == '-' && Character.isUpperCase(text.charAt(s + 3))
                    && (text.startsWith("al", s) || text.startsWith("el", s))) {
                return CAP; // al-Hashimi, el-Amin: the article joined to a capitalised family name
            }
            // Particles (de, van, bin...) are told apart only inside a run of capitalised words ({@link #isParticle}).
            return LOWER;
        }
        return OTHER;
    }

    private static boolean isGlue(char c) {
        return (c >= '0' && c <= '9') || c == '@' || c == '_' || c == '/' || c == '\\' || c == '#' || c == '='
                || c == '<' || c == '>';
    }

    private static boolean isHan(char c) {
        return c >= '\u2e80' && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Examines the run of capitalised words {@code from..to}: cuts it at stop words and reads each
     * piece (and a "FAMILY, Given" pair across a comma). Returns the last word index it used.
     */
    private int latinRun(String text, Words w, int from, int to, List<Detection> out) {
        int last = to;
        int pieceStart = -1;
        for (int k = from; k <= to + 1; k++) {
            boolean stop = k > to || (w.kind[k] != PARTICLE && isStop(text, w, k));
            if (!stop && pieceStart < 0) {
                if (w.kind[k] == PARTICLE) {
                    continue;
                }
                pieceStart = k;
            }
            if (stop && pieceStart >= 0) {
                int pieceEnd = k - 1;
                while (pieceEnd > pieceStart && w.kind[pieceEnd] == PARTICLE) {
                    pieceEnd--;
                }
                if (k <= to && w.kind[k] == CAP
                        && PLACE_OR_ORGANISATION.contains(text.substring(w.start[k], w.end[k]).toLowerCase(Locale.ROOT))) {
                    pieceStart = -1; // the words before an organisation or place word name that place
                    continue;
                }
                int used = piece(text, w, pieceStart, pieceEnd, k > to, out);
                last = Math.max(last, used);
                pieceStart = -1;
            }
        }
        return last;
    }

    /** Whether word {@code k} can never be part of a name: a stop word, or an acronym not listed as a family name. */
    private boolean isStop(String text, Words w, int k) {
        if (w.kind[k] == INITIAL) {
            return false;
        }
        String word = text.substring(w.start[k], w.end[k]);
        String lower = word.toLowerCase(Locale.ROOT);
        if (STOP.contains(lower) || PLACE_OR_ORGANISATION.contains(lower)) {
            return true;
        }
        int len = word.length();
        if (len <= 3 && allUpper(word) && !names.isFamily(word) && !names.isGiven(word) && !PARTICLES.contains(lower)) {
            return true; // an acronym: MP, UN, HMRC
        }
        return false;
    }

    private static boolean allUpper(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one piece of capitalised words {@code a..b} (no stop words inside). {@code runEnd} says
     * the piece ends its run, so a "FAMILY, Given" comma after it may be read. Returns the last word used.
     */
    private int piece(String text, Words w, int a, int b, boolean runEnd, List<Detection> out) {
        // "LOPEZ GARCIA, Maria" / "Lopez, Maria": a family name, a comma, a listed given name.
        if (runEnd && w.gap[b] == GAP_COMMA && b + 1 < w.count && w.kind[b + 1] == CAP && b - a <= 2) {
            String family = word(text, w, b);
            String givenWord = word(text, w, b + 1);
            String givenOrigin = names.givenOrigins(givenWord);
            String familyOrigin = names.familyOrigins(family);
            boolean capitalFamily = allUpper(family) && family.length() >= 2 && !Countries.instance().isNationality(family);
            if (givenOrigin == null && capitalFamily && (familyOrigin != null || family.length() >= 3) && !isStop(text, w, b + 1)) {
                // "DOBRE, Alexandra -", "HỒ, Hà Dung": a family name in capitals, a comma, one or two capitalised words.
                int end = b + 1;
                if (end + 1 < w.count && w.gap[end] == GAP_SPACE && w.kind[end + 1] == CAP && !isStop(text, w, end + 1)) {
                    end++;
                }
                if (end + 1 >= w.count || w.gap[end] != GAP_SPACE || w.kind[end + 1] != CAP) {
                    if (add(text, w.start[a], w.end[end], Confidence.MEDIUM,
                            "family name in capitals, a comma, then capitalised words (a list's FAMILY, Given order)", out)) {
                        return end;
                    }
                }
            }
            if (givenOrigin != null && !isStop(text, w, b + 1) && (familyOrigin != null || capitalFamily)) {
                int end = b + 1;
                if (end + 1 < w.count && w.gap[end] == GAP_SPACE && w.kind[end + 1] == CAP && names.isGiven(word(text, w, end + 1))) {
                    end++;
                }
                if (add(text, w.start[a], w.end[end], familyOrigin != null ? Confidence.HIGH : Confidence.MEDIUM,
                        "family name then a comma then a given name in the name dictionary (origin: "
                                + origins(givenOrigin) + ")" + (familyOrigin != null ? "; family name listed (origin: "
                                + origins(familyOrigin) + ")" : "; family name in capitals"), out)) {
                    return end;
                }
            }
        }
        int count = 0;
        for (int k = a; k <= b; k++) {
            if (w.kind[k] != PARTICLE) {
                count++;
            }
        }
        if (count < 2) {
            return b;
        }
        String first = word(text, w, a);
        // Russian order: family name, given name, patronymic (Иванов Иван Петрович).
        String secondGiven = w.kind[a] == CAP && w.kind[a + 1] == CAP ? names.givenOrigins(word(text, w, a + 1)) : null;
        if (secondGiven != null && count <= 3 && (names.isFamily(first) || cyrillicFamilyShape(first)) && !names.isGiven(first)) {
            add(text, w.start[a], w.end[b], Confidence.HIGH, "family name then given name, both in the name dictionary (origin: "
                    + origins(secondGiven) + ")", out);
            return b;
        }
        if (count > 5) {
            return b; // six capitalised words in a row are a heading or a title, not a name
        }
        String lastWord = word(text, w, b);
        String givenOrigin = w.kind[a] == CAP ? names.givenOrigins(first) : null;
        String familyOrigin = names.familyOrigins(lastWord);
        int listed = 0;
        for (int k = a; k <= b; k++) {
            if (w.kind[k] == CAP && (names.isGiven(word(text, w, k)) || names.isFamily(word(text, w, k)))) {
                listed++;
            }
        }
        if (givenOrigin != null) {
            if (familyOrigin != null) {
                add(text, w.start[a], w.end[b], Confidence.HIGH, "given name in the name dictionary (origin: "
                        + origins(givenOrigin) + "); family name in the dictionary (origin: " + origins(familyOrigin) + ")", out);
            } else if (w.kind[b] == CAP && (count == 2 || listed >= 2)) {
                add(text, w.start[a], w.end[b], Confidence.MEDIUM, "given name in the name dictionary (origin: "
                        + origins(givenOrigin) + "); capitalised family-name-shaped word after it", out);
            }
            return b;
        }
        if (w.kind[a] == INITIAL) {
            if (familyOrigin != null) {
                add(text, w.start[a], w.end[b], Confidence.MEDIUM, "initials before a family name in the name dictionary (origin: "
                        + origins(familyOrigin) + ")", out);
            }
            return b;
        }
        if (count == 2 && commaAfter(w, b) && (cyrillicFamilyShape(first) || cyrillicFamilyShape(lastWord))
                && (listed >= 1 || cyrillicPatronymic(lastWord))) {
            add(text, w.start[a], w.end[b], Confidence.MEDIUM, "two capitalised Cyrillic words before a comma, one shaped like a "
                    + "Russian or Ukrainian family name, one listed", out);
            return b;
        }
        if (familyOrigin != null && count >= 3 && listed >= 2 && w.kind[a] == CAP) {
            add(text, w.start[a], w.end[b], Confidence.MEDIUM, "capitalised words ending in a family name in the name dictionary (origin: "
                    + origins(familyOrigin) + "), " + listed + " of them listed", out);
        } else if (familyOrigin != null && count == 2 && !w.sentenceStart[a]) {
            add(text, w.start[a], w.end[b], Confidence.MEDIUM, "family name in the name dictionary (origin: "
                    + origins(familyOrigin) + "); capitalised word before it, not at a sentence start", out);
        } else if (familyOrigin != null && count == 2 && commaAfter(w, b)) {
            add(text, w.start[a], w.end[b], Confidence.MEDIUM, "family name in the name dictionary (origin: "
                    + origins(familyOrigin) + "); capitalised word before it, the two followed by a comma", out);
        } else if (familyOrigin != null && count == 2) {
            add(text, w.start[a], w.end[b], Confidence.LOW, "family name in the name dictionary (origin: "
                    + origins(familyOrigin) + "); capitalised word before it at a sentence start", out);
        }
        return b;
    }

    /** A run of Perso-Arabic words: a listed given name with a listed or Persian-shaped family name after it. */
    private void arabicRun(String text, Words w, int from, int to, List<Detection> out) {
        if (to - from >= 1 && to - from <= 2 && w.gap[to] == GAP_BREAK) {
            // A clause of two or three words, cut off by punctuation ("دلارام ملک، تاریخ تولد ..."): a name when
            // one word is listed and none is a function word.
            int listed = 0;
            boolean stop = false;
            for (int k = from; k <= to; k++) {
                String word = word(text, w, k);
                stop |= ARABIC_STOP.contains(word);
                listed += names.isGiven(word) || names.isFamily(word) ? 1 : 0;
            }
            if (!stop && listed >= 1 && (from == 0 || w.gap[from - 1] == GAP_BREAK || w.kind[from - 1] != ARABIC)
                    && add(text, w.start[from], w.end[to], listed >= 2 ? Confidence.HIGH : Confidence.MEDIUM,
                    "a clause of " + (to - from + 1) + " words standing alone, " + listed + " of them in the name dictionary", out)) {
                return;
            }
        }
        int k = from;
        while (k < to) {
            String first = word(text, w, k);
            String next = word(text, w, k + 1);
            if (ARABIC_STOP.contains(first) || ARABIC_STOP.contains(next)) {
                k++;
                continue;
            }
            String givenOrigin = names.givenOrigins(first);
            String familyOrigin = names.familyOrigins(next);
            int end = k + 1;
            if (givenOrigin != null && familyOrigin == null && names.isGiven(next) && k + 2 <= to
                    && names.isFamily(word(text, w, k + 2))) {
                end = k + 2; // a double given name (محمد علی) before the family name
                familyOrigin = names.familyOrigins(word(text, w, end));
            }
            boolean added = false;
            if (givenOrigin != null && familyOrigin != null) {
                added = add(text, w.start[k], w.end[end], Confidence.HIGH, "given name in the name dictionary (origin: "
                        + origins(givenOrigin) + "); family name in the dictionary (origin: " + origins(familyOrigin) + ")", out);
            } else if (givenOrigin != null && persianFamilyShape(next)) {
                added = add(text, w.start[k], w.end[end], Confidence.MEDIUM, "given name in the name dictionary (origin: "
                        + origins(givenOrigin) + "); word shaped like a Persian family name after it", out);
            } else if (familyOrigin != null && first.length() >= 3 && names.isGiven(first) == (givenOrigin != null)
                    && (k == from || !names.isFamily(word(text, w, k - 1)))) {
                added = add(text, w.start[k], w.end[end], Confidence.LOW, "family name in the name dictionary (origin: "
                        + origins(familyOrigin) + ") after a word", out);
            }
            k = added ? end + 1 : k + 1;
        }
    }

    /** Russian and Ukrainian family-name endings: Иванов, Петрова, Соколовский, Шевченко, Ковальчук. */
    private static boolean cyrillicFamilyShape(String word) {
        if (word.length() < 5 || Character.UnicodeBlock.of(word.charAt(0)) != Character.UnicodeBlock.CYRILLIC) {
            return false;
        }
        for (String ending : new String[] {"ов", "ев", "ёв", "ин", "ова", "ева", "ина", "ский", "ская", "цкий", "цкая", "енко", "ук", "юк"}) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cyrillicPatronymic(String word) {
        return word.endsWith("ович") || word.endsWith("евич") || word.endsWith("овна") || word.endsWith("евна")
                || word.endsWith("ійович") || word.endsWith("івна");
    }

    private static boolean persianFamilyShape(String word) {
        if (word.length() < 4) {
            return false;
        }
        for (String ending : PERSIAN_FAMILY_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run of Han characters: a listed family name (one or two characters) followed by a listed
     * given name anywhere in the run; or a run of two or three characters that starts with a listed
     * family name and stands alone between punctuation or other scripts ("王伟，").
     */
    private void han(String text, int s, int e, List<Detection> out) {
        int length = e - s;
        for (int p = s; p < e - 1; p++) {
            for (int familyLength = 1; familyLength <= 2 && p + familyLength < e; familyLength++) {
                String family = text.substring(p, p + familyLength);
                String familyOrigin = names.familyOrigins(family);
                if (familyOrigin == null) {
                    continue;
                }
                for (int givenLength = 2; givenLength >= 1; givenLength--) {
                    int end = p + familyLength + givenLength;
                    if (end <= e && names.isGiven(text.substring(p + familyLength, end))) {
                        if (add(text, p, end, Confidence.HIGH, "family name and given name in the name dictionary (origin: "
                                + origins(familyOrigin) + ")", out)) {
                            p = end - 1;
                            familyLength = 3;
                            break;
                        }
                    }
                }
            }
        }
        if (length == 3 && !names.isFamily(text.substring(s, s + 1)) && names.isGiven(text.substring(s + 1, e))) {
            add(text, s, e, Confidence.MEDIUM, "a character, then a two-character given name in the name dictionary, standing alone", out);
        } else if (length == 4 && names.isFamily(text.substring(s, s + 2))) {
            add(text, s, e, Confidence.MEDIUM, "two-character family name in the name dictionary, then a two-character given name standing alone", out);
        } else if (length == 3 && names.isFamily(text.substring(s, s + 1))) {
            add(text, s, e, Confidence.MEDIUM, "family name in the name dictionary, then a two-character given name standing alone", out);
        }
    }

    private static String word(String text, Words w, int k) {
        return text.substring(w.start[k], w.end[k]);
    }

    /** The first three origins of a word, for explanations. */
    private static String origins(String list) {
        int comma = -1;
        for (int n = 0; n < 3; n++) {
            comma = list.indexOf(',', comma + 1);
            if (comma < 0) {
                return list.replace(",", ", ");
            }
        }
        return list.substring(0, comma).replace(",", ", ") + "...";
    }

    private static boolean add(String text, int start, int end, Confidence confidence, String why, List<Detection> out) {
        for (Detection d : out) {
            if (d.type() == FindingType.PERSON_NAME && d.start() < end && start < d.end()) {
                return false;
            }
        }
        if (!NameShape.isPersonName(text.substring(start, end), true) || Countries.instance().isNationality(text.substring(start, end))) {
            return false;
        }
        out.add(new Detection(FindingType.PERSON_NAME, start, end, confidence, why));
        return true;
    }
}
