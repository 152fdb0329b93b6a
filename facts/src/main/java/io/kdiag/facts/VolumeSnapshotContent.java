package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A VolumeSnapshotContent ({@code snapshot.storage.k8s.io/v1}): the cluster-scoped record of
 * one snapshot on the storage backend, bound to one VolumeSnapshot.
 *
 * @param name the content's name, for example {@code snapcontent-36d402f8-...}
 * @param driver the CSI driver that takes the snapshot ({@code spec.driver})
 * @param sourceVolumeHandle the backend volume it snapshots ({@code spec.source.volumeHandle}),
 *     or {@code ""} for pre-provisioned content
 * @param snapshotHandle the backend snapshot ID ({@code status.snapshotHandle}, else
 *     {@code spec.source.snapshotHandle}), or {@code ""} while none exists
 * @param snapshotNamespace the namespace of the VolumeSnapshot it is bound to
 *     ({@code spec.volumeSnapshotRef.namespace}), or {@code ""}
 * @param snapshotName the name of that VolumeSnapshot, or {@code ""}
 * @param deletionPolicy {@code Delete} (the backend snapshot goes with it) or {@code Retain}
 * @param readyToUse {@code status.readyToUse}, or {@code null} when the status does not say yet
 * @param errorMessage {@code status.error.message}, or {@code ""}
 * @param creationTimestamp when the content was created, or {@code null}
 * @param source where the content was read
 */
public record VolumeSnapshotContent(
        String name,
        String driver,
        String sourceVolumeHandle,
        String snapshotHandle,
        String snapshotNamespace,
        String snapshotName,
        String deletionPolicy,
        Boolean readyToUse,
        String errorMessage,
        Instant creationTimestamp,
        String source) implements KubeObject {

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("VolumeSnapshotContent", name);
    }

    /** The VolumeSnapshot this content is bound to. */
    public ObjectRef snapshotRef() {
        return new ObjectRef("VolumeSnapshot", snapshotNamespace, snapshotName);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
