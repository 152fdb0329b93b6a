package io.kdiag.facts;

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
 * @param storageClassName the storage class, or {@code ""}
 * @param accessModes the requested access modes, for example {@code ReadWriteOnce}
 * @param dataSourceKind the kind of {@code spec.dataSourceRef} (or {@code spec.dataSource}),
 *     for example {@code VolumeSnapshot} or {@code ReplicationDestination}, or {@code ""}
 * @param dataSourceName the name of that data source, or {@code ""}
 * @param finalizers the claim's finalizers
 * @param owners the claim's owner references (a VolSync ReplicationDestination owns the claims
 *     it creates for a restore)
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
        List<String> accessModes,
        String dataSourceKind,
        String dataSourceName,
        List<String> finalizers,
        List<Owner> owners,
        Instant creationTimestamp,
        Instant deletionTimestamp,
        String source) implements KubeObject {

    /** Copies the lists so the fact stays immutable. */
    public PersistentVolumeClaim {
        accessModes = List.copyOf(accessModes);
        finalizers = List.copyOf(finalizers);
        owners = List.copyOf(owners);
    }

    @Override
    public ObjectRef ref() {
        return new ObjectRef("PersistentVolumeClaim", namespace, name);
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
