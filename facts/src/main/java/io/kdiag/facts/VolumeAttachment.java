package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** The external-attacher's finalizers are this prefix and the driver name (dots as dashes). */
    public static final String ATTACHER_FINALIZER_PREFIX = "external-attacher/";

    /** Copies the list so the fact stays immutable. */
    public VolumeAttachment {
        finalizers = List.copyOf(finalizers);
    }

    /**
     * Whether the attach or detach error says the attachment's PersistentVolume is gone or being
     * deleted: the external-attacher's "persistentvolume "pvc-..." not found" (it needs the volume
     * to detach) or "PersistentVolume "pvc-..." is marked for deletion".
     */
    public boolean reportsVolumeGone() {
        return Stream.of(attachError, detachError).anyMatch(error -> {
            String lower = error.toLowerCase(Locale.ROOT);
            String volume = "persistentvolume \"" + persistentVolumeName.toLowerCase(Locale.ROOT) + "\"";
            return !persistentVolumeName.isEmpty() && lower.contains(volume)
                    && (lower.contains("not found") || lower.contains("marked for deletion"));
        });
    }

    /** Whether deletion was requested and the external-attacher's finalizer still holds the attachment. */
    public boolean isHeldByAttacher() {
        return deletionTimestamp != null && finalizers.stream().anyMatch(f -> f.startsWith(ATTACHER_FINALIZER_PREFIX));
    }

    /** The external-attacher's finalizer, or {@code ""} when the attachment carries none. */
    public String attacherFinalizer() {
        return finalizers.stream().filter(f -> f.startsWith(ATTACHER_FINALIZER_PREFIX)).findFirst().orElse("");
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
