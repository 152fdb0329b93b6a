package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A VolumeSnapshotClass ({@code snapshot.storage.k8s.io/v1}): which CSI driver takes the
 * snapshots of its class.
 *
 * @param name the class's name (cluster-scoped)
 * @param driver the CSI driver that takes its snapshots ({@code driver})
 * @param deletionPolicy {@code Delete} or {@code Retain}
 * @param defaultClass whether it is the default class
 *     ({@code snapshot.storage.kubernetes.io/is-default-class: "true"}), which snapshots naming no
 *     class get
 * @param creationTimestamp when the class was created, or {@code null}
 * @param source where the class was read
 */
public record VolumeSnapshotClass(
        String name,
        String driver,
        String deletionPolicy,
        boolean defaultClass,
        Instant creationTimestamp,
        String source) implements KubeObject {

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("VolumeSnapshotClass", name);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
