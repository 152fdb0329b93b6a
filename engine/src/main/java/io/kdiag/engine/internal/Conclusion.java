package io.kdiag.engine.internal;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.chain.Candidate;
import java.util.List;

/**
 * One diagnosis as the rules concluded it, before it has words: all candidates for one
 * diagnosis id and root cause, combined.
 *
 * @param primary the candidate whose chain and values the report shows (the most certain)
 * @param affected every object any of the candidates harms, in first-seen order, followed by the
 *     workloads the rules found those objects harm
 * @param workloadDown whether one of those workloads wants pods and has none ready
 * @param confidence the combined certainty of the candidates and their support, within [0, 1]
 * @param reasons what the confidence rests on, each with its certainty factor
 */
record Conclusion(Candidate primary, List<ObjectRef> affected, boolean workloadDown, double confidence,
        List<String> reasons) {

    String diagnosisId() {
        return primary.diagnosisId();
    }

    ObjectRef rootCause() {
        return primary.rootCause();
    }
}
