package io.kdiag.facts.chain;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the snapshot could have shown, kind by kind and namespace by namespace. A rule that
 * concludes from an absence ("no Node named worker-2", "no claim named data-0 in namespace
 * media") first checks that the snapshot could have shown the missing object: one Node read on
 * its own says nothing about the other nodes, and the claims of one namespace say nothing about
 * another namespace that was never captured.
 *
 * <p>A kind is captured in full when every object of it in the cluster was listed: a
 * cluster-scoped kind read from a list ({@code kubectl get nodes}, a dump's list or folder of
 * it), a namespaced kind read from a list across namespaces ({@code kubectl get -A}). A
 * namespace is captured for a namespaced kind when the kind is captured in full, or the snapshot
 * holds objects of that kind in that namespace.
 *
 * @param wholeKinds the kinds captured in full
 * @param namespaces for each namespaced kind, the namespaces in which the snapshot holds at least
 *     one object of it
 */
public record SnapshotCoverage(Set<String> wholeKinds, Map<String, Set<String>> namespaces) {

    /** Copies everything, sorted, so the coverage stays immutable and prints the same each run. */
    public SnapshotCoverage {
        wholeKinds = Set.copyOf(new TreeSet<>(wholeKinds));
        Map<String, Set<String>> copy = new TreeMap<>();
        namespaces.forEach((kind, names) -> copy.put(kind, Set.copyOf(names)));
        namespaces = Map.copyOf(copy);
    }

    /**
     * Whether every object of this kind in the cluster was captured, so that the absence of one
     * means it does not exist.
     */
    public boolean covers(String kind) {
        return wholeKinds.contains(kind);
    }

    /**
     * Whether the objects of this namespaced kind in this namespace were captured: the kind is
     * captured in full, or the snapshot holds objects of it in that namespace.
     */
    public boolean covers(String kind, String namespace) {
        return covers(kind) || namespaces.getOrDefault(kind, Set.of()).contains(namespace);
    }
}
