package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A VolumeSnapshot ({@code snapshot.storage.k8s.io/v1}): a request for a point-in-time copy of a
 * claim's volume, or a reference to a pre-provisioned snapshot.
 *
 * @param namespace the snapshot's namespace
 * @param name the snapshot's name
 * @param sourceClaimName the claim it snapshots ({@code spec.source.persistentVolumeClaimName}),
 *     or {@code ""} for a pre-provisioned snapshot
 * @param sourceContentName the pre-provisioned content it binds
 *     ({@code spec.source.volumeSnapshotContentName}), or {@code ""}
 * @param readyToUse {@code status.readyToUse}, or {@code null} when the status does not say yet
 * @param boundContentName the VolumeSnapshotContent it is bound to
 *     ({@code status.boundVolumeSnapshotContentName}), or {@code ""}
 * @param snapshotClassName {@code spec.volumeSnapshotClassName}, or {@code ""}
 * @param errorMessage {@code status.error.message}, or {@code ""}
 * @param creationTimestamp when the snapshot was created, or {@code null}
 * @param deletionTimestamp when deletion was requested, or {@code null}
 * @param source where the snapshot was read
 */
public record VolumeSnapshot(
        String namespace,
        String name,
        String sourceClaimName,
        String sourceContentName,
        Boolean readyToUse,
        String boundContentName,
        String snapshotClassName,
        String errorMessage,
        Instant creationTimestamp,
        Instant deletionTimestamp,
        String source) implements KubeObject {

    @Override
    public ObjectRef ref() {
        return new ObjectRef("VolumeSnapshot", namespace, name);
    }

    /** Whether the snapshot is taken from a claim (rather than bound to pre-provisioned content). */
    public boolean isFromClaim() {
        return !sourceClaimName.isEmpty();
    }

    /** Whether the snapshot completed and can be restored from. */
    public boolean isReady() {
        return Boolean.TRUE.equals(readyToUse);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
