package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A PersistentVolume.
 *
 * @param name the volume's name, for example {@code pvc-40b33f89-...}
 * @param phase {@code status.phase}: Available, Bound, Released or Failed
 * @param csiDriver the CSI driver ({@code spec.csi.driver}), or {@code ""} for in-tree volumes
 * @param volumeHandle the backend volume ID ({@code spec.csi.volumeHandle}), or {@code ""}
 * @param claimNamespace the namespace of {@code spec.claimRef}, or {@code ""}
 * @param claimName the name of {@code spec.claimRef}, or {@code ""}
 * @param claimUid the UID of {@code spec.claimRef}: the one claim object the volume is bound to,
 *     or {@code ""} when the reference names none (a volume reserved for a claim by name)
 * @param accessModes the volume's access modes
 * @param reclaimPolicy Retain, Delete or Recycle
 * @param storageClassName the storage class, or {@code ""}
 * @param finalizers the volume's finalizers, for example {@code kubernetes.io/pv-protection}
 * @param creationTimestamp when the volume was created, or {@code null}
 * @param deletionTimestamp when deletion was requested, or {@code null}
 * @param nodeAffinity the terms of {@code spec.nodeAffinity.required}: the nodes that may use the
 *     volume (a local volume's node, a zonal disk's zone); empty when any node may
 * @param localPath the path on its node of a {@code local} or {@code hostPath} volume
 *     ({@code spec.local.path}, {@code spec.hostPath.path}), or {@code ""}
 * @param source where the volume was read
 */
public record PersistentVolume(
        String name,
        String phase,
        String csiDriver,
        String volumeHandle,
        String claimNamespace,
        String claimName,
        String claimUid,
        List<String> accessModes,
        String reclaimPolicy,
        String storageClassName,
        List<String> finalizers,
        Instant creationTimestamp,
        Instant deletionTimestamp,
        List<NodeSelectorTerm> nodeAffinity,
        String localPath,
        String source) implements KubeObject {

    /** Copies the lists so the fact stays immutable. */
    public PersistentVolume {
        accessModes = List.copyOf(accessModes);
        finalizers = List.copyOf(finalizers);
        nodeAffinity = List.copyOf(nodeAffinity);
    }

    /** Whether the volume may be used only on the nodes its node affinity selects. */
    public boolean hasNodeAffinity() {
        return !nodeAffinity.isEmpty();
    }

    /** Whether the scheduler lets a pod on this node use the volume: no affinity, or a term the node meets. */
    public boolean allowsNode(Node node) {
        return nodeAffinity.isEmpty() || nodeAffinity.stream().anyMatch(t -> t.matches(node));
    }

    /**
     * The nodes the volume lives on when every term of its affinity names them
     * ({@code kubernetes.io/hostname In [...]} or {@code metadata.name In [...]}), as a local
     * volume's does; empty when a term selects nodes by anything else (a zone, a region).
     */
    public List<String> pinnedNodes() {
        List<String> nodes = new java.util.ArrayList<>();
        for (NodeSelectorTerm term : nodeAffinity) {
            if (term.pinnedNodes().isEmpty()) {
                return List.of();
            }
            term.pinnedNodes().stream().filter(n -> !nodes.contains(n)).forEach(nodes::add);
        }
        return List.copyOf(nodes);
    }

    /** The node affinity in words, its terms joined with {@code " or "}: {@code topology.kubernetes.io/zone in [us-east-1c]}. */
    public String nodeAffinityText() {
        return String.join(" or ", nodeAffinity.stream().map(NodeSelectorTerm::describe).toList());
    }

    /**
     * The node label the affinity reads first ({@code kubernetes.io/hostname} for a field
     * requirement on the node's name), for {@code kubectl get nodes -L}, or {@code ""} without affinity.
     */
    public String nodeAffinityLabel() {
        return nodeAffinity.stream().flatMap(t -> t.requirements().stream()).findFirst()
                .map(r -> r.field() ? "kubernetes.io/hostname" : r.key()).orElse("");
    }

    /** Whether the volume's claim reference names this claim object: namespace, name and UID. */
    public boolean isBoundTo(PersistentVolumeClaim claim) {
        return claimNamespace.equals(claim.namespace()) && claimName.equals(claim.name())
                && claimUid.equals(claim.uid());
    }

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("PersistentVolume", name);
    }

    /** Whether the volume is served by a CSI driver (and so attached through VolumeAttachments). */
    public boolean isCsi() {
        return !csiDriver.isEmpty();
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
