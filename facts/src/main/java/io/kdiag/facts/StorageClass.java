package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A StorageClass ({@code storage.k8s.io/v1}): which provisioner creates volumes for the claims
 * that name it, and how.
 *
 * @param name the class's name, as claims name it in {@code spec.storageClassName}
 * @param provisioner the provisioner that creates its volumes, for example
 *     {@code rook-ceph.rbd.csi.ceph.com}, or {@code kubernetes.io/no-provisioner} for classes of
 *     pre-created volumes only
 * @param defaultClass whether the class is the cluster's default (annotation
 *     {@code storageclass.kubernetes.io/is-default-class}, or its old beta form, is {@code "true"})
 * @param reclaimPolicy what happens to a volume when its claim is deleted: {@code Delete} or
 *     {@code Retain}, or {@code ""} when the object does not say (the API server sets
 *     {@code Delete})
 * @param allowVolumeExpansion whether claims of this class may be resized, or {@code null} when unset
 * @param volumeBindingMode {@code Immediate} or {@code WaitForFirstConsumer}, or {@code ""} when
 *     the object does not say (the API server sets {@code Immediate})
 * @param creationTimestamp when the class was created, or {@code null}
 * @param source where the class was read
 */
public record StorageClass(
        String name,
        String provisioner,
        boolean defaultClass,
        String reclaimPolicy,
        Boolean allowVolumeExpansion,
        String volumeBindingMode,
        Instant creationTimestamp,
        String source) implements KubeObject {

    /** The annotation that makes a class the cluster's default. */
    public static final String DEFAULT_CLASS_ANNOTATION = "storageclass.kubernetes.io/is-default-class";
    /** The provisioner name of classes whose volumes an administrator creates by hand. */
    public static final String NO_PROVISIONER = "kubernetes.io/no-provisioner";

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("StorageClass", name);
    }

    /** Whether claims of this class are bound only once a pod that uses them is scheduled. */
    public boolean isWaitForFirstConsumer() {
        return "WaitForFirstConsumer".equals(volumeBindingMode);
    }

    /** Whether a provisioner creates this class's volumes (not {@code kubernetes.io/no-provisioner}). */
    public boolean isDynamic() {
        return !provisioner.isEmpty() && !NO_PROVISIONER.equals(provisioner);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
