package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.has;
import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.objects;
import static io.kdiag.facts.snapshot.TreeFields.text;
import static io.kdiag.facts.snapshot.TreeFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.NodeSelectorRequirement;
import io.kdiag.facts.NodeSelectorTerm;
import io.kdiag.facts.PersistentVolume;
import java.util.List;

/** Maps the tree of a {@code PersistentVolume} to the {@link PersistentVolume} fact. */
final class PersistentVolumeMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return new PersistentVolume(
                text(tree, "metadata", "name"),
                text(tree, "status", "phase"),
                text(tree, "spec", "csi", "driver"),
                text(tree, "spec", "csi", "volumeHandle"),
                text(tree, "spec", "claimRef", "namespace"),
                text(tree, "spec", "claimRef", "name"),
                text(tree, "spec", "claimRef", "uid"),
                texts(tree, "spec", "accessModes"),
                text(tree, "spec", "persistentVolumeReclaimPolicy"),
                text(tree, "spec", "storageClassName"),
                texts(tree, "metadata", "finalizers"),
                instant(tree, "metadata", "creationTimestamp"),
                instant(tree, "metadata", "deletionTimestamp"),
                objects(tree, t -> new NodeSelectorTerm(requirements(t, "matchExpressions", false),
                        requirements(t, "matchFields", true)), "spec", "nodeAffinity", "required", "nodeSelectorTerms"),
                has(tree, "spec", "local") ? text(tree, "spec", "local", "path") : text(tree, "spec", "hostPath", "path"),
                raw.source());
    }

    private static List<NodeSelectorRequirement> requirements(JsonNode term, String field, boolean fields) {
        return objects(term, r -> new NodeSelectorRequirement(text(r, "key"), text(r, "operator"), texts(r, "values"),
                fields), field);
    }
}
