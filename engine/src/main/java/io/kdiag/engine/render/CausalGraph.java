package io.kdiag.engine.render;

import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.facts.ObjectRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The causal chain of one diagnosis as a graph: each piece of evidence points to the finding it
 * supports, each finding to the next, the last finding to the root cause, and the root cause to
 * every object it harms. Evidence shared by several findings is one node.
 */
final class CausalGraph {

    /** What a node stands for; HTML styles each role apart. */
    enum Role {
        EVIDENCE("evidence"), FINDING("finding"), ROOT_CAUSE("root cause"), AFFECTED("affected");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /**
     * One node.
     *
     * @param role what it stands for
     * @param heading its first line: a kind, or the finding's id
     * @param name its object's name, or {@code ""}
     * @param detail the full text shown on hover
     */
    record Node(Role role, String heading, String name, String detail) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<int[]> edges = new ArrayList<>();

    private CausalGraph() {
    }

    /** The graph of a diagnosis. */
    static CausalGraph of(Diagnosis d) {
        CausalGraph graph = new CausalGraph();
        Map<ChainLink.EvidenceItem, Integer> evidence = new LinkedHashMap<>();
        int previous = -1;
        for (ChainLink link : d.chain()) {
            int finding = graph.add(new Node(Role.FINDING, link.id(), "", link.summary()));
            for (ChainLink.EvidenceItem e : link.evidence()) {
                Integer from = evidence.get(e);
                if (from == null) {
                    from = graph.add(new Node(Role.EVIDENCE, e.kind(), Names.qualified(e.namespace(), e.name()),
                            e.source() + ": " + e.text()));
                    evidence.put(e, from);
                }
                graph.edges.add(new int[] {from, finding});
            }
            if (previous >= 0) {
                graph.edges.add(new int[] {previous, finding});
            }
            previous = finding;
        }
        Diagnosis.RootCause cause = d.rootCause();
        int root = graph.add(new Node(Role.ROOT_CAUSE, cause.kind(), Names.qualified(cause.namespace(), cause.name()),
                cause.summary()));
        if (previous >= 0) {
            graph.edges.add(new int[] {previous, root});
        }
        for (ObjectRef ref : d.affected()) {
            int affected = graph.add(new Node(Role.AFFECTED, ref.kind(), ref.qualifiedName(), ref.toString()));
            graph.edges.add(new int[] {root, affected});
        }
        return graph;
    }

    List<Node> nodes() {
        return List.copyOf(nodes);
    }

    List<int[]> edges() {
        return List.copyOf(edges);
    }

    private int add(Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

}
