package io.kdiag.facts.snapshot;

import io.kdiag.facts.chain.SnapshotCoverage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records, object by object as they are read, what the snapshot could show: which kinds were
 * listed in full and in which namespaces each namespaced kind was captured (see
 * {@link SnapshotCoverage}). A list whose items span namespaces was taken across the cluster
 * ({@code kubectl get -A}), so every kind in it was listed in full; that is seen as its items
 * stream by, without holding them.
 */
final class CapturedScopes {

    private final Set<String> wholeKinds = new HashSet<>();
    private final Map<String, Set<String>> namespaces = new HashMap<>();
    private final Map<String, ListSeen> lists = new HashMap<>();

    /** Counts one object read: its kind, its namespace, and whether it came in a list. */
    void add(RawObject raw) {
        String kind = raw.kind();
        String namespace = raw.namespace();
        if (namespace.isEmpty()) {
            if (raw.capture() != RawObject.Capture.SINGLE) {
                wholeKinds.add(kind);
            }
            return;
        }
        namespaces.computeIfAbsent(kind, k -> new HashSet<>()).add(namespace);
        if (raw.capture() == RawObject.Capture.CLUSTER_LIST) {
            wholeKinds.add(kind);
        } else if (raw.capture() == RawObject.Capture.LIST && !raw.list().isEmpty()) {
            lists.computeIfAbsent(raw.list(), l -> new ListSeen(namespace)).add(kind, namespace);
        }
    }

    /** The coverage of everything read so far. */
    SnapshotCoverage coverage() {
        return new SnapshotCoverage(wholeKinds, namespaces);
    }

    /** The namespaced kinds of one list so far, until its items are seen to span namespaces. */
    private final class ListSeen {
        private final String firstNamespace;
        private final Set<String> kinds = new HashSet<>();
        private boolean acrossNamespaces;

        ListSeen(String firstNamespace) {
            this.firstNamespace = firstNamespace;
        }

        void add(String kind, String namespace) {
            if (acrossNamespaces) {
                wholeKinds.add(kind);
                return;
            }
            kinds.add(kind);
            if (!namespace.equals(firstNamespace)) {
                acrossNamespaces = true;
                wholeKinds.addAll(kinds);
                kinds.clear();
            }
        }
    }
}
