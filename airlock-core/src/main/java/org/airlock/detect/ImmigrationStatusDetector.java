package org.airlock.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Immigration and asylum case status in English, French and Spanish ("withholding of removal",
 * "demandeur d'asile", "orden de deportación"). A dictionary match over whole words, case
 * insensitive (Aho-Corasick, one pass whatever the number of terms).
 */
public final class ImmigrationStatusDetector implements TextDetector {

    /** Terms that name a person's immigration situation. Generic words such as "detained" are left out. */
    public static final List<String> TERMS = List.of(
            "asylum", "asylum seeker", "asylum pending", "asylum granted", "asylum denied", "asylum claim",
            "refugee", "refugee status", "withholding of removal", "convention against torture", "cat deferral",
            "cat protection", "deferral of removal", "removal order", "order of removal", "final order",
            "final order of removal", "deportation", "deportation order", "deported", "removal proceedings",
            "expedited removal", "credible fear", "reasonable fear", "voluntary departure",
            "temporary protected status", "humanitarian parole", "unaccompanied minor", "leave to remain",
            "indefinite leave to remain", "returns preparation", "ensured return", "required return", "assisted return", "independent return",
            "voluntary return", "enforced return", "enforced removal",
            "overstayer", "illegal entrant", "immigration bail",
            "demandeur d'asile", "demandeuse d'asile", "demande d'asile", "réfugié", "réfugiée",
            "obligation de quitter le territoire", "oqtf", "rétention administrative", "protection subsidiaire",
            "solicitante de asilo", "solicitud de asilo", "refugiado", "refugiada", "orden de deportación",
            "deportación", "protección internacional", "expulsión");
    private static final Trie TRIE = Trie.builder().ignoreCase().onlyWholeWords().addKeywords(TERMS).build();

    @Override
    public FindingType type() {
        return FindingType.IMMIGRATION_STATUS;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.length() < 3) {
            return;
        }
        for (Emit emit : TRIE.parseText(text)) {
            if (inNameOfAnOffice(text, emit.getStart(), emit.getEnd() + 1)) {
                continue;
            }
            out.add(new Detection(type(), emit.getStart(), emit.getEnd() + 1, Confidence.MEDIUM,
                    "immigration status term '" + emit.getKeyword() + "'"));
        }
    }

    /** Words that make a capitalised term part of the name of an office, a body or a post. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("minister", "ministry", "department", "committee",
            "chamber", "tribunal", "office", "directorate", "service", "services", "agency", "council", "bureau", "unit",
            "board", "court", "commission", "secretary", "director", "team", "policy", "support", "casework", "system",
            "ministre", "ministère", "ministro", "ministerio", "oficina", "cour");

    private static final Set<String> CONNECTORS = Set.of("for", "and", "of", "&", "the", "pour", "et", "de", "des", "y", "del");

    /**
     * A capitalised term inside the title of a post or a body ("the Minister for Borders and
     * Asylum", "the Immigration and Asylum Chamber", "the Refugee Council") says nothing of anyone's
     * status, and in a press release it sits right beside an official's name. Such a term follows a
     * capitalised word through connectors only ("for", "and", "of"), or has an institution word
     * directly before or after it. Only spaces may separate them: a comma, colon or tab ("Rahimi,
     * Asylum seeker"; "Status: Asylum") keeps the term.
     */
    static boolean inNameOfAnOffice(String text, int start, int end) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String after = wordAfter(text, end);
        if (after != null && INSTITUTION_WORDS.contains(after.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int at = start;
        boolean connector = false;
        while (true) {
            int wordEnd = at;
            while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
                wordEnd--;
            }
            if (wordEnd == at || wordEnd == 0) {
                return false;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                return false;
            }
            String word = text.substring(wordStart, wordEnd);
            String lower = word.toLowerCase(Locale.ROOT);
            if (INSTITUTION_WORDS.contains(lower)) {
                return true;
            }
            if (CONNECTORS.contains(lower)) {
                connector = true;
                at = wordStart;
                continue;
            }
            return connector && Character.isUpperCase(word.charAt(0));
        }
    }

    private static String wordAfter(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return null;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int from = i;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i > from ? text.substring(from, i) : null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '&' || c == '\'';
    }

    /** Whether the whole value contains an immigration status term. */
    public boolean containsTerm(String value) {
        return TRIE.firstMatch(value) != null;
    }
}
