package io.kdiag.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of a PersistentVolume's node affinity ({@code spec.nodeAffinity.required.nodeSelectorTerms[]}):
 * a node may use the volume when it meets every requirement of at least one term.
 *
 * @param matchExpressions the requirements on the node's labels
 * @param matchFields the requirements on the node's fields (only {@code metadata.name} exists)
 */
public record NodeSelectorTerm(List<NodeSelectorRequirement> matchExpressions, List<NodeSelectorRequirement> matchFields) {

    /** Copies the lists so the fact stays immutable. */
    public NodeSelectorTerm {
        matchExpressions = List.copyOf(matchExpressions);
        matchFields = List.copyOf(matchFields);
    }

    /** Every requirement of the term, label requirements first. */
    public List<NodeSelectorRequirement> requirements() {
        List<NodeSelectorRequirement> all = new ArrayList<>(matchExpressions);
        all.addAll(matchFields);
        return all;
    }

    /** Whether the node meets every requirement; a term without requirements matches no node. */
    public boolean matches(Node node) {
        List<NodeSelectorRequirement> all = requirements();
        return !all.isEmpty() && all.stream().allMatch(r -> r.matches(node));
    }

    /** The names or hostnames the term pins the volume to ({@code kubernetes.io/hostname In [...]}), or none. */
    public List<String> pinnedNodes() {
        return requirements().stream().filter(NodeSelectorRequirement::namesNodes)
                .flatMap(r -> r.values().stream()).toList();
    }

    /** The term as {@code kubectl describe pv} prints it, its requirements joined with {@code ", "}. */
    public String describe() {
        return String.join(", ", requirements().stream().map(NodeSelectorRequirement::describe).toList());
    }
}
