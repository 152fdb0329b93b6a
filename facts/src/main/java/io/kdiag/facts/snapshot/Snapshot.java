package io.kdiag.facts.snapshot;

import io.kdiag.facts.chain.SnapshotCoverage;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One cluster snapshot as facts: everything read from the given paths, merged.
 *
 * @param sources the paths the snapshot was read from, as given
 * @param capturedAt when the snapshot was taken: the capture time the dump records, else the
 *     newest timestamp in its data; {@code null} when it holds no timestamp at all
 * @param counts how many objects of each kind were read (also kinds no rule uses), and
 *     {@code LogLine} for log lines
 * @param coverage which kinds were captured in full, and in which namespaces each namespaced
 *     kind was captured: where an absence means something
 * @param warnings what could not be read, and what the snapshot cannot show
 * @param facts the facts for the rules: Kubernetes objects and the signals recognised in them
 */
public record Snapshot(
        List<String> sources,
        Instant capturedAt,
        SortedMap<String, Integer> counts,
        SnapshotCoverage coverage,
        List<SnapshotWarning> warnings,
        List<Object> facts) {

    /** Copies everything so the snapshot stays immutable. */
    public Snapshot {
        sources = List.copyOf(sources);
        counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        warnings = List.copyOf(warnings);
        facts = List.copyOf(facts);
    }

    /** The capture time, if the snapshot has one. */
    public Optional<Instant> captureTime() {
        return Optional.ofNullable(capturedAt);
    }

    /** Whether anything at all was read. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Whether every object of this kind was captured (so the absence of one means something). */
    public boolean covers(String kind) {
        return coverage.covers(kind);
    }
}
