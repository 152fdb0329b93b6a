package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A workload that owns pods: a StatefulSet, Deployment, DaemonSet or ReplicaSet.
 *
 * @param kind {@code StatefulSet}, {@code Deployment}, {@code DaemonSet} or {@code ReplicaSet}
 * @param namespace the workload's namespace
 * @param name the workload's name
 * @param desiredReplicas the replicas it asks for ({@code desiredNumberScheduled} for a DaemonSet)
 * @param readyReplicas how many of them are ready
 * @param owners its owner references (a ReplicaSet's Deployment)
 * @param podManagementPolicy a StatefulSet's pod management policy, or {@code ""}
 * @param updateStrategy the update strategy type, for example {@code RollingUpdate}, or {@code ""}
 * @param creationTimestamp when it was created, or {@code null}
 * @param source where it was read; for a workload the snapshot does not hold but that its pods
 *     establish, where the first such pod was read
 * @param establishedBy {@code ""} for a workload read from the snapshot; otherwise how it was
 *     established without being read, in words an operator can check (a ReplicaSet named by a
 *     pod's owner reference and {@code pod-template-hash} label)
 */
public record Workload(
        String kind,
        String namespace,
        String name,
        int desiredReplicas,
        int readyReplicas,
        List<Owner> owners,
        String podManagementPolicy,
        String updateStrategy,
        Instant creationTimestamp,
        String source,
        String establishedBy) implements KubeObject {

    /** Copies the list so the fact stays immutable. */
    public Workload {
        owners = List.copyOf(owners);
    }

    /** A workload read from the snapshot. */
    public Workload(String kind, String namespace, String name, int desiredReplicas, int readyReplicas,
            List<Owner> owners, String podManagementPolicy, String updateStrategy, Instant creationTimestamp,
            String source) {
        this(kind, namespace, name, desiredReplicas, readyReplicas, owners, podManagementPolicy, updateStrategy,
                creationTimestamp, source, "");
    }

    /** Whether the workload was established from other objects rather than read. */
    public boolean isInferred() {
        return !establishedBy.isEmpty();
    }

    @Override
    public ObjectRef ref() {
        return new ObjectRef(kind, namespace, name);
    }

    /** The name of the first owner (a ReplicaSet's Deployment), or {@code ""} when it has none. */
    public String ownerName() {
        return owners.isEmpty() ? "" : owners.get(0).name();
    }

    /** Whether the workload wants pods and has none ready. */
    public boolean isFullyDown() {
        return desiredReplicas > 0 && readyReplicas == 0;
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
