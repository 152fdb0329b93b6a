package io.kdiag.facts.chain;

import java.util.Set;

/**
 * Which kinds the snapshot holds at all. A rule that concludes from an absence ("no Node named
 * worker-2") first checks that the snapshot covers that kind: a dump without any Node objects
 * says nothing about a missing node.
 *
 * @param kinds the kinds of which the snapshot holds at least one object
 */
public record SnapshotCoverage(Set<String> kinds) {

    /** Copies the set. */
    public SnapshotCoverage {
        kinds = Set.copyOf(kinds);
    }

    /** Whether the snapshot holds objects of this kind. */
    public boolean covers(String kind) {
        return kinds.contains(kind);
    }
}
