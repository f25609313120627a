package org.airlock.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predictions against labels, per type and in total, under {@link Matching#EXACT} and
 * {@link Matching#OVERLAP}. A label's type matches a prediction when it equals the prediction's
 * detector id or its category id ({@code national-id}).
 */
public final class Evaluation {

    private final Set<String> onlyTypes;
    private final Map<Matching, Map<String, TypeScore>> scores = new TreeMap<>();
    private int cases;

    /** @param onlyTypes types to score (detector or category ids); empty scores all */
    public Evaluation(Set<String> onlyTypes) {
        this.onlyTypes = Set.copyOf(onlyTypes);
        for (Matching m : Matching.values()) {
            scores.put(m, new TreeMap<>());
        }
    }

    /**
     * Adds one case.
     *
     * @param predicted predicted spans, each with its detector id
     * @param categoryOf the category id of a detector id (for labels that name categories)
     */
    public void add(EvalCase c, List<Span> predicted, java.util.function.Function<String, String> categoryOf) {
        cases++;
        for (Matching m : Matching.values()) {
            score(m, c.spans(), predicted, categoryOf);
        }
    }

    private void score(Matching m, List<Span> gold, List<Span> predicted, java.util.function.Function<String, String> categoryOf) {
        boolean[] goldFound = new boolean[gold.size()];
        Map<String, TypeScore> byType = scores.get(m);
        for (Span p : predicted) {
            int hit = -1;
            for (int g = 0; g < gold.size() && hit < 0; g++) {
                Span s = gold.get(g);
                if (!goldFound[g] && typeMatches(s.type(), p.type(), categoryOf) && m.matches(p, s)) {
                    hit = g;
                }
            }
            String type = hit >= 0 ? gold.get(hit).type() : p.type();
            if (hit >= 0) {
                goldFound[hit] = true;
                count(byType, type, 1, 0, 0);
            } else if (scored(p.type()) || scored(categoryOf.apply(p.type()))) {
                count(byType, scored(p.type()) || onlyTypes.isEmpty() ? p.type() : categoryOf.apply(p.type()), 0, 1, 0);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldFound[g] && scored(gold.get(g).type())) {
                count(byType, gold.get(g).type(), 0, 0, 1);
            }
        }
    }

    private static boolean typeMatches(String gold, String predicted, java.util.function.Function<String, String> categoryOf) {
        return gold.equals(predicted) || gold.equals(categoryOf.apply(predicted));
    }

    private boolean scored(String type) {
        return onlyTypes.isEmpty() || onlyTypes.contains(type);
    }

    private void count(Map<String, TypeScore> byType, String type, int tp, int fp, int fn) {
        if (!scored(type)) {
            return;
        }
        byType.merge(type, new TypeScore(type, tp, fp, fn), TypeScore::plus);
    }

    public int cases() {
        return cases;
    }

    /** Per-type scores under a matching rule, by type id. */
    public List<TypeScore> perType(Matching m) {
        return new ArrayList<>(scores.get(m).values());
    }

    /** The sum over all types under a matching rule. */
    public TypeScore total(Matching m) {
        TypeScore total = new TypeScore("total", 0, 0, 0);
        for (TypeScore s : scores.get(m).values()) {
            total = total.plus(s);
        }
        return total;
    }

    /** Every type that appears under either rule. */
    public Set<String> types() {
        Set<String> all = new TreeSet<>();
        scores.values().forEach(map -> all.addAll(map.keySet()));
        return all;
    }

    /** The score of a type under a rule (zeros when it never appeared). */
    public TypeScore score(Matching m, String type) {
        return scores.get(m).getOrDefault(type, new TypeScore(type, 0, 0, 0));
    }
}
