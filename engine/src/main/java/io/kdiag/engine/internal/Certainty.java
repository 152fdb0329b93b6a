package io.kdiag.engine.internal;

/**
 * Certainty factors, as MYCIN combined them: independent pieces of evidence for a conclusion
 * strengthen it without ever passing 1, evidence against weakens it, and the order in which
 * they are combined does not matter.
 */
final class Certainty {

    private Certainty() {
    }

    /** Combines two certainty factors, each within [-1, 1]. */
    static double combine(double a, double b) {
        if (a >= 0 && b >= 0) {
            return a + b * (1 - a);
        }
        if (a < 0 && b < 0) {
            return a + b * (1 + a);
        }
        double denominator = 1 - Math.min(Math.abs(a), Math.abs(b));
        return denominator == 0 ? 0 : (a + b) / denominator;
    }

    /**
     * Combines any number of certainty factors. Evidence for and evidence against are each
     * combined first and the two totals last; factors are combined in sorted order, so the
     * result does not depend on the order they came in, not even in its last bit.
     */
    static double combineAll(java.util.Collection<Double> factors) {
        double positive = 0;
        double negative = 0;
        for (double factor : factors.stream().sorted().toList()) {
            if (factor >= 0) {
                positive = combine(positive, factor);
            } else {
                negative = combine(negative, factor);
            }
        }
        return combine(positive, negative);
    }
}
