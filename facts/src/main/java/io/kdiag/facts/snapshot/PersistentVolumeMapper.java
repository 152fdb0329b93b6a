package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.NodeSelectorRequirement;
import io.kdiag.facts.NodeSelectorTerm;
import io.kdiag.facts.PersistentVolume;
import java.util.List;

/** Maps a fabric8 {@code PersistentVolume} to the {@link PersistentVolume} fact. */
final class PersistentVolumeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var pv = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.PersistentVolume.class);
        ObjectMeta meta = pv.getMetadata();
        PersistentVolumeSpec spec = pv.getSpec() == null ? new PersistentVolumeSpec() : pv.getSpec();
        var csi = spec.getCsi();
        var claim = spec.getClaimRef();
        return new PersistentVolume(
                meta.getName(),
                pv.getStatus() == null ? "" : Meta.text(pv.getStatus().getPhase()),
                csi == null ? "" : Meta.text(csi.getDriver()),
                csi == null ? "" : Meta.text(csi.getVolumeHandle()),
                claim == null ? "" : Meta.text(claim.getNamespace()),
                claim == null ? "" : Meta.text(claim.getName()),
                claim == null ? "" : Meta.text(claim.getUid()),
                Meta.list(spec.getAccessModes()),
                Meta.text(spec.getPersistentVolumeReclaimPolicy()),
                Meta.text(spec.getStorageClassName()),
                Meta.list(meta.getFinalizers()),
                Meta.instant(meta.getCreationTimestamp()),
                Meta.instant(meta.getDeletionTimestamp()),
                nodeAffinity(spec),
                spec.getLocal() != null ? Meta.text(spec.getLocal().getPath())
                        : spec.getHostPath() != null ? Meta.text(spec.getHostPath().getPath()) : "",
                raw.source());
    }

    private static List<NodeSelectorTerm> nodeAffinity(PersistentVolumeSpec spec) {
        if (spec.getNodeAffinity() == null || spec.getNodeAffinity().getRequired() == null) {
            return List.of();
        }
        return Meta.list(spec.getNodeAffinity().getRequired().getNodeSelectorTerms()).stream()
                .map(t -> new NodeSelectorTerm(requirements(t.getMatchExpressions(), false),
                        requirements(t.getMatchFields(), true)))
                .toList();
    }

    private static List<NodeSelectorRequirement> requirements(
            List<io.fabric8.kubernetes.api.model.NodeSelectorRequirement> requirements, boolean field) {
        return Meta.list(requirements).stream()
                .map(r -> new NodeSelectorRequirement(Meta.text(r.getKey()), Meta.text(r.getOperator()),
                        Meta.list(r.getValues()), field))
                .toList();
    }
}
