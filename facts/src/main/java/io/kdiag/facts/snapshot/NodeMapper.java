package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.objects;
import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Node;
import io.kdiag.facts.Taint;

/** Maps the tree of a {@code Node} to the {@link Node} fact. */
final class NodeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        JsonNode ready = objects(tree, c -> c, "status", "conditions").stream()
                .filter(c -> "Ready".equals(TreeFields.nullableText(c, "type"))).findFirst()
                .orElse(MissingNode.getInstance());
        return new Node(
                text(tree, "metadata", "name"),
                text(ready, "status"),
                text(ready, "reason"),
                instant(ready, "lastTransitionTime"),
                instant(ready, "lastHeartbeatTime"),
                objects(tree, t -> new Taint(text(t, "key"), text(t, "value"), text(t, "effect")), "spec", "taints"),
                Boolean.TRUE.equals(TreeFields.bool(tree, "spec", "unschedulable")),
                instant(tree, "metadata", "creationTimestamp"),
                TreeFields.texts(tree, "status", "volumesInUse"),
                objects(tree, v -> text(v, "name"), "status", "volumesAttached"),
                text(tree, "status", "nodeInfo", "kubeletVersion"),
                TreeFields.textMap(tree, "metadata", "labels"),
                raw.source());
    }
}
