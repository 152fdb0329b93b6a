package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Node;
import io.kdiag.facts.Taint;
import java.util.List;
import java.util.Optional;

/** Maps a fabric8 {@code Node} to the {@link Node} fact. */
final class NodeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        var node = serialization.convertValue(raw.tree(), io.fabric8.kubernetes.api.model.Node.class);
        ObjectMeta meta = node.getMetadata();
        Optional<NodeCondition> ready = node.getStatus() == null ? Optional.empty()
                : Meta.list(node.getStatus().getConditions()).stream()
                        .filter(c -> "Ready".equals(c.getType())).findFirst();
        List<Taint> taints = node.getSpec() == null ? List.of()
                : Meta.list(node.getSpec().getTaints()).stream()
                        .map(t -> new Taint(Meta.text(t.getKey()), Meta.text(t.getValue()), Meta.text(t.getEffect())))
                        .toList();
        return new Node(
                meta.getName(),
                ready.map(c -> Meta.text(c.getStatus())).orElse(""),
                ready.map(c -> Meta.text(c.getReason())).orElse(""),
                ready.map(c -> Meta.instant(c.getLastTransitionTime())).orElse(null),
                ready.map(c -> Meta.instant(c.getLastHeartbeatTime())).orElse(null),
                taints,
                node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable()),
                Meta.instant(meta.getCreationTimestamp()),
                node.getStatus() == null ? List.of() : Meta.list(node.getStatus().getVolumesInUse()),
                node.getStatus() == null ? List.of() : Meta.list(node.getStatus().getVolumesAttached()).stream()
                        .map(v -> Meta.text(v.getName())).toList(),
                node.getStatus() == null || node.getStatus().getNodeInfo() == null ? ""
                        : Meta.text(node.getStatus().getNodeInfo().getKubeletVersion()),
                Meta.map(meta.getLabels()),
                raw.source());
    }
}
