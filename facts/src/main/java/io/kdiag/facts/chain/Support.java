package io.kdiag.facts.chain;

import io.kdiag.facts.ObjectRef;

/**
 * Evidence for (positive certainty) or against (negative) a diagnosis, found by a rule other
 * than the one that traced the chain. It applies to the candidate with the same diagnosis id
 * and root cause.
 *
 * @param diagnosisId the diagnosis it applies to
 * @param rootCause the root cause it applies to
 * @param certainty what the evidence is worth, from -1 to 1
 * @param reason what the evidence is, in a few words
 */
public record Support(String diagnosisId, ObjectRef rootCause, double certainty, String reason) {

    /** Checks the certainty's range. */
    public Support {
        if (certainty < -1 || certainty > 1) {
            throw new IllegalArgumentException("certainty must be within [-1, 1]: " + certainty);
        }
    }
}
