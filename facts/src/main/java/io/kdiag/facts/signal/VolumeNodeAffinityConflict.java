package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;
import java.util.List;

/**
 * The scheduler found no node for a pod because a volume the pod uses may not be used there: the
 * VolumeBinding plugin's reason in a {@code FailedScheduling} event, "0/3 nodes are available: 1
 * node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) had volume
 * node affinity conflict." ({@code ErrReasonNodeConflict}; "node(s) didn't match
 * PersistentVolume's node affinity" in newer schedulers). Recognised by {@code SchedulingSignals}.
 *
 * @param pod the pod that cannot be scheduled
 * @param conflictingNodes how many nodes the volume's node affinity ruled out, or {@code 0} when
 *     the wording gives no count
 * @param nodes how many nodes the scheduler considered ({@code 0/N nodes are available}), or
 *     {@code 0} when the wording does not say
 * @param otherReasons the scheduler's other reasons, each with its count, for example
 *     {@code 1 node(s) were unschedulable} or {@code 1 Insufficient cpu}
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record VolumeNodeAffinityConflict(ObjectRef pod, int conflictingNodes, int nodes, List<String> otherReasons,
        int count, Instant time, Evidence evidence) {

    /** Copies the reasons so the signal stays immutable. */
    public VolumeNodeAffinityConflict {
        otherReasons = List.copyOf(otherReasons);
    }

    /** Whether the scheduler says the volume's node affinity ruled out every node it considered. */
    public boolean onEveryNode() {
        return nodes > 0 && conflictingNodes == nodes;
    }
}
