package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentSpec;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentStatus;
import io.fabric8.kubernetes.api.model.storage.VolumeError;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeAttachment;

/** Maps a fabric8 {@code VolumeAttachment} to the {@link VolumeAttachment} fact. */
final class VolumeAttachmentMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var va = serialization.convertValue(raw.tree(),
                io.fabric8.kubernetes.api.model.storage.VolumeAttachment.class);
        ObjectMeta meta = va.getMetadata();
        VolumeAttachmentSpec spec = va.getSpec() == null ? new VolumeAttachmentSpec() : va.getSpec();
        VolumeAttachmentStatus status = va.getStatus() == null ? new VolumeAttachmentStatus() : va.getStatus();
        String pvName = spec.getSource() == null ? "" : Meta.text(spec.getSource().getPersistentVolumeName());
        return new VolumeAttachment(
                meta.getName(),
                Meta.text(spec.getAttacher()),
                pvName,
                Meta.text(spec.getNodeName()),
                Boolean.TRUE.equals(status.getAttached()),
                message(status.getAttachError()),
                message(status.getDetachError()),
                Meta.list(meta.getFinalizers()),
                Meta.instant(meta.getCreationTimestamp()),
                Meta.instant(meta.getDeletionTimestamp()),
                raw.source());
    }

    private static String message(VolumeError error) {
        return error == null ? "" : Meta.text(error.getMessage());
    }
}
