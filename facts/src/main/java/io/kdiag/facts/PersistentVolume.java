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
 * @param accessModes the volume's access modes
 * @param reclaimPolicy Retain, Delete or Recycle
 * @param storageClassName the storage class, or {@code ""}
 * @param creationTimestamp when the volume was created, or {@code null}
 * @param source where the volume was read
 */
public record PersistentVolume(
        String name,
        String phase,
        String csiDriver,
        String volumeHandle,
        String claimNamespace,
        String claimName,
        List<String> accessModes,
        String reclaimPolicy,
        String storageClassName,
        Instant creationTimestamp,
        String source) implements KubeObject {

    /** Copies the list so the fact stays immutable. */
    public PersistentVolume {
        accessModes = List.copyOf(accessModes);
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
