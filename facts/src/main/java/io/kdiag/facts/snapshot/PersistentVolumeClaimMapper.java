package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.Condition;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.PersistentVolumeClaim;
import java.util.Map;

/** Maps a fabric8 {@code PersistentVolumeClaim} to the {@link PersistentVolumeClaim} fact. */
final class PersistentVolumeClaimMapper implements KindMapper {

    private static final String STORAGE = "storage";
    private static final String BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
    private static final String PROVISIONER_ANNOTATION = "volume.kubernetes.io/storage-provisioner";
    private static final String BETA_PROVISIONER_ANNOTATION = "volume.beta.kubernetes.io/storage-provisioner";

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var pvc = serialization.convertValue(raw.tree(),
                io.fabric8.kubernetes.api.model.PersistentVolumeClaim.class);
        ObjectMeta meta = pvc.getMetadata();
        PersistentVolumeClaimSpec spec = pvc.getSpec() == null ? new PersistentVolumeClaimSpec() : pvc.getSpec();
        PersistentVolumeClaimStatus status = pvc.getStatus() == null
                ? new PersistentVolumeClaimStatus() : pvc.getStatus();
        var dataSource = spec.getDataSourceRef() != null ? spec.getDataSourceRef() : null;
        String dsKind = dataSource != null ? dataSource.getKind()
                : spec.getDataSource() != null ? spec.getDataSource().getKind() : null;
        String dsName = dataSource != null ? dataSource.getName()
                : spec.getDataSource() != null ? spec.getDataSource().getName() : null;
        return new PersistentVolumeClaim(
                Meta.text(meta.getNamespace()),
                meta.getName(),
                Meta.text(meta.getUid()),
                Meta.text(status.getPhase()),
                Meta.text(spec.getVolumeName()),
                Meta.text(storageClassName(pvc)),
                storageClassName(pvc) != null,
                storageProvisioner(meta),
                Meta.list(spec.getAccessModes()),
                Meta.text(dsKind),
                Meta.text(dsName),
                Meta.list(meta.getFinalizers()),
                Meta.owners(meta),
                Meta.list(status.getConditions()).stream()
                        .map(c -> new Condition(Meta.text(c.getType()), Meta.text(c.getStatus()), Meta.text(c.getReason()),
                                Meta.text(c.getMessage()), Meta.instant(c.getLastTransitionTime())))
                        .toList(),
                storage(spec.getResources() == null ? null : spec.getResources().getRequests()),
                storage(status.getCapacity()),
                Meta.text(Meta.map(status.getAllocatedResourceStatuses()).get(STORAGE)),
                Meta.instant(meta.getCreationTimestamp()),
                Meta.instant(meta.getDeletionTimestamp()),
                raw.source());
    }

    /**
     * The class the claim names: {@code spec.storageClassName}, else the beta annotation that
     * claims used before the field existed (the PersistentVolume controller still honours it),
     * else {@code null}.
     */
    private static String storageClassName(io.fabric8.kubernetes.api.model.PersistentVolumeClaim pvc) {
        if (pvc.getSpec() != null && pvc.getSpec().getStorageClassName() != null) {
            return pvc.getSpec().getStorageClassName();
        }
        return Meta.map(pvc.getMetadata().getAnnotations()).get(BETA_CLASS_ANNOTATION);
    }

    /** The storage quantity of a resource map, as written ({@code 20Gi}), or {@code ""}. */
    private static String storage(Map<String, Quantity> resources) {
        Quantity quantity = resources == null ? null : resources.get(STORAGE);
        return quantity == null ? "" : quantity.toString();
    }

    private static String storageProvisioner(ObjectMeta meta) {
        var annotations = Meta.map(meta.getAnnotations());
        return Meta.text(annotations.getOrDefault(PROVISIONER_ANNOTATION, annotations.get(BETA_PROVISIONER_ANNOTATION)));
    }
}
