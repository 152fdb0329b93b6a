package io.kdiag.facts;

import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A PersistentVolumeClaim.
 *
 * @param namespace the claim's namespace
 * @param name the claim's name
 * @param uid the claim's UID
 * @param phase {@code status.phase}: Pending, Bound or Lost
 * @param volumeName the bound PersistentVolume ({@code spec.volumeName}), or {@code ""}
 * @param storageClassName the storage class, or {@code ""} (unset, or set to {@code ""})
 * @param storageClassSet whether the claim names a class at all: {@code spec.storageClassName} (or
 *     the old {@code volume.beta.kubernetes.io/storage-class} annotation) is present, even as
 *     {@code ""}. An unset class asks for the cluster's default class; {@code ""} asks for a
 *     pre-created volume without a class
 * @param storageProvisioner the provisioner the PersistentVolume controller chose for the claim
 *     (annotation {@code volume.kubernetes.io/storage-provisioner}, or its beta form), or {@code ""}
 * @param accessModes the requested access modes, for example {@code ReadWriteOnce}
 * @param dataSourceKind the kind of {@code spec.dataSourceRef} (or {@code spec.dataSource}),
 *     for example {@code VolumeSnapshot} or {@code ReplicationDestination}, or {@code ""}
 * @param dataSourceName the name of that data source, or {@code ""}
 * @param finalizers the claim's finalizers
 * @param owners the claim's owner references (a VolSync ReplicationDestination owns the claims
 *     it creates for a restore)
 * @param conditions the claim's status conditions, for example {@code Resizing} or
 *     {@code FileSystemResizePending}
 * @param requestedStorage the storage the claim asks for ({@code spec.resources.requests.storage}),
 *     for example {@code 20Gi}, or {@code ""}
 * @param capacity the storage its volume has ({@code status.capacity.storage}), or {@code ""}
 *     while the claim is not bound
 * @param allocatedResourceStatus where a resize stands ({@code status.allocatedResourceStatuses.storage},
 *     Kubernetes 1.27 and later): {@code ControllerResizeInProgress}, {@code ControllerResizeInfeasible},
 *     {@code NodeResizePending}, {@code NodeResizeInProgress}, {@code NodeResizeInfeasible} (older
 *     alpha releases: {@code ControllerResizeFailed}, {@code NodeResizeFailed}), or {@code ""}
 * @param creationTimestamp when the claim was created, or {@code null}
 * @param deletionTimestamp when deletion was requested, or {@code null}
 * @param source where the claim was read
 */
public record PersistentVolumeClaim(
        String namespace,
        String name,
        String uid,
        String phase,
        String volumeName,
        String storageClassName,
        boolean storageClassSet,
        String storageProvisioner,
        List<String> accessModes,
        String dataSourceKind,
        String dataSourceName,
        List<String> finalizers,
        List<Owner> owners,
        List<Condition> conditions,
        String requestedStorage,
        String capacity,
        String allocatedResourceStatus,
        Instant creationTimestamp,
        Instant deletionTimestamp,
        String source) implements KubeObject {

    /** Copies the lists so the fact stays immutable. */
    public PersistentVolumeClaim {
        accessModes = List.copyOf(accessModes);
        finalizers = List.copyOf(finalizers);
        owners = List.copyOf(owners);
        conditions = List.copyOf(conditions);
    }

    /** Whether the claim asks for the cluster's default class (it names no class at all). */
    public boolean wantsDefaultClass() {
        return !storageClassSet;
    }

    /** Whether the claim's deletion was requested (it shows as Terminating while finalizers hold it). */
    public boolean isTerminating() {
        return deletionTimestamp != null;
    }

    /** Whether the condition of this type holds (status True). */
    public boolean hasCondition(String type) {
        return conditions.stream().anyMatch(c -> c.type().equals(type) && c.isTrue());
    }

    @Override
    public ObjectRef ref() {
        return new ObjectRef("PersistentVolumeClaim", namespace, name);
    }

    /**
     * Whether a resize is unfinished: the claim is bound and asks for more storage than its
     * volume has ({@code spec.resources.requests.storage} greater than {@code status.capacity.storage}).
     */
    public boolean isResizeUnfinished() {
        if (!"Bound".equals(phase) || requestedStorage.isEmpty() || capacity.isEmpty()) {
            return false;
        }
        try {
            return Quantity.getAmountInBytes(new Quantity(requestedStorage))
                    .compareTo(Quantity.getAmountInBytes(new Quantity(capacity))) > 0;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return false;
        }
    }

    /** Whether only one node may attach the volume ({@code ReadWriteOnce} or {@code ReadWriteOncePod}). */
    public boolean isSingleNode() {
        return accessModes.contains("ReadWriteOnce") || accessModes.contains("ReadWriteOncePod");
    }

    /** Whether an object of this kind and name (in the claim's namespace) controls the claim. */
    public boolean isControlledBy(String kind, String name) {
        return owners.stream().anyMatch(o -> o.controller() && o.kind().equals(kind) && o.name().equals(name));
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp);
    }
}
