package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A VolumeAttachment ({@code storage.k8s.io/v1}): the request that a CSI volume be attached to
 * one node.
 *
 * @param name the attachment's name ({@code csi-} plus a hash of volume handle, driver and node)
 * @param attacher the CSI driver that attaches it
 * @param persistentVolumeName the attached PersistentVolume ({@code spec.source.persistentVolumeName})
 * @param nodeName the node it attaches to
 * @param attached {@code status.attached}
 * @param attachError {@code status.attachError.message}, or {@code ""}
 * @param detachError {@code status.detachError.message}, or {@code ""}
 * @param finalizers the attachment's finalizers
 * @param creationTimestamp when the attachment was created, or {@code null}
 * @param deletionTimestamp when deletion was requested, or {@code null}
 * @param source where the attachment was read
 */
public record VolumeAttachment(
        String name,
        String attacher,
        String persistentVolumeName,
        String nodeName,
        boolean attached,
        String attachError,
        String detachError,
        List<String> finalizers,
        Instant creationTimestamp,
        Instant deletionTimestamp,
        String source) implements KubeObject {

    /** Copies the list so the fact stays immutable. */
    public VolumeAttachment {
        finalizers = List.copyOf(finalizers);
    }

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("VolumeAttachment", name);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
