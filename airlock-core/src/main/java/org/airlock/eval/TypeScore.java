package org.airlock.eval;

/**
 * True and false positives and false negatives of one type under one matching rule, with the
 * usual ratios (1.0 when there is nothing to divide, so an empty type is not a failure).
 */
public record TypeScore(String type, int truePositives, int falsePositives, int falseNegatives) {

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 1.0 : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    TypeScore plus(TypeScore o) {
        return new TypeScore(type, truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }
}
