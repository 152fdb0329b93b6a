package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatus;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.PersistentVolumeClaim;

/** Maps a fabric8 {@code PersistentVolumeClaim} to the {@link PersistentVolumeClaim} fact. */
final class PersistentVolumeClaimMapper implements KindMapper {

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
                Meta.text(spec.getStorageClassName()),
                Meta.list(spec.getAccessModes()),
                Meta.text(dsKind),
                Meta.text(dsName),
                Meta.list(meta.getFinalizers()),
                Meta.owners(meta),
                Meta.instant(meta.getCreationTimestamp()),
                Meta.instant(meta.getDeletionTimestamp()),
                raw.source());
    }
}
