package io.kdiag.facts.snapshot;

import io.kdiag.facts.chain.SnapshotCoverage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Records, object by object as they are read, what the snapshot could show: which kinds were
 * listed in full and in which namespaces each namespaced kind was captured (see
 * {@link SnapshotCoverage}).
 */
final class CapturedScopes {

    private final Set<String> wholeKinds = new HashSet<>();
    private final Map<String, Set<String>> namespaces = new HashMap<>();

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
        }
    }

    /** The coverage of everything read so far. */
    SnapshotCoverage coverage() {
        return new SnapshotCoverage(wholeKinds, namespaces);
    }
}
