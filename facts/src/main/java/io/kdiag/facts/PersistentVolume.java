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
        String source) implements KubeObject {

    /** Copies the lists so the fact stays immutable. */
    public PersistentVolume {
        accessModes = List.copyOf(accessModes);
        finalizers = List.copyOf(finalizers);
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
