package org.airlock.detect;

import java.util.List;
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
            out.add(new Detection(type(), emit.getStart(), emit.getEnd() + 1, Confidence.MEDIUM,
                    "immigration status term '" + emit.getKeyword() + "'"));
        }
    }

    /** Whether the whole value contains an immigration status term. */
    public boolean containsTerm(String value) {
        return TRIE.firstMatch(value) != null;
    }
}
