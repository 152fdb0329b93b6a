package io.kdiag.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One link of a diagnosis chain.
 *
 * @param id the link's id, for example {@code multi-attach-error}
 * @param summary what the link shows, with the real names
 * @param evidence what shows it, each naming where it was read
 */
@JsonPropertyOrder({"id", "summary", "evidence"})
public record ChainLink(String id, String summary, List<EvidenceItem> evidence) {

    /** Copies the list. */
    public ChainLink {
        evidence = List.copyOf(evidence);
    }

    /**
     * One piece of evidence.
     *
     * @param kind the kind of the object it is or comes from
     * @param namespace that object's namespace, {@code ""} when cluster-scoped
     * @param name that object's name
     * @param text what it says
     * @param source where it was read, as {@code file:line}
     */
    @JsonPropertyOrder({"kind", "namespace", "name", "text", "source"})
    public record EvidenceItem(String kind, String namespace, String name, String text, String source) {
    }
}
