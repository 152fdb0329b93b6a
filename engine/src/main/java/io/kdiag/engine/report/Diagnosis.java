package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.kdiag.facts.ObjectRef;
import java.util.List;

/**
 * One ranked diagnosis: a root cause, the chain of evidence that leads to it, and the plan to
 * fix it.
 *
 * @param rank 1 for the most likely root cause with the most harm
 * @param id the stable diagnosis id, for example {@code stale-volumeattachment}
 * @param title one line naming the real objects
 * @param severity the harm it does
 * @param confidence how certain the diagnosis is, from 0 to 1 (two decimals)
 * @param summary one paragraph in plain words
 * @param rootCause the object at the root and what is wrong with it
 * @param affected the objects the problem harms
 * @param chain the links from the first visible symptom to the root cause
 * @param remediation the ordered steps to fix it
 * @param verification commands that show the fix worked
 * @param prevention how to keep it from happening again
 * @param references further reading
 * @param confidenceFactors what the confidence rests on: each factor's certainty and evidence
 */
@JsonPropertyOrder({"rank", "id", "title", "severity", "confidence", "summary", "rootCause", "affected", "chain",
        "remediation", "verification", "prevention", "references", "confidenceFactors"})
public record Diagnosis(
        int rank,
        String id,
        String title,
        Severity severity,
        double confidence,
        String summary,
        RootCause rootCause,
        List<ObjectRef> affected,
        List<ChainLink> chain,
        List<RemediationStep> remediation,
        List<String> verification,
        List<String> prevention,
        List<String> references,
        List<String> confidenceFactors) {

    /** Copies the lists. */
    public Diagnosis {
        affected = List.copyOf(affected);
        chain = List.copyOf(chain);
        remediation = List.copyOf(remediation);
        verification = List.copyOf(verification);
        prevention = List.copyOf(prevention);
        references = List.copyOf(references);
        confidenceFactors = List.copyOf(confidenceFactors);
    }

    /**
     * The root cause of a diagnosis.
     *
     * @param kind its kind
     * @param namespace its namespace, {@code ""} when cluster-scoped
     * @param name its name
     * @param summary what is wrong with it
     */
    @JsonPropertyOrder({"kind", "namespace", "name", "summary"})
    public record RootCause(String kind, String namespace, String name, String summary) {
    }
}
