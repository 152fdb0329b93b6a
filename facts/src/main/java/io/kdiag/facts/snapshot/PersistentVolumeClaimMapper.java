package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.has;
import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.nullableText;
import static io.kdiag.facts.snapshot.TreeFields.quantity;
import static io.kdiag.facts.snapshot.TreeFields.text;
import static io.kdiag.facts.snapshot.TreeFields.texts;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.Condition;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.PersistentVolumeClaim;
import java.util.Map;
import java.util.Objects;

/** Maps the tree of a {@code PersistentVolumeClaim} to the {@link PersistentVolumeClaim} fact. */
final class PersistentVolumeClaimMapper implements KindMapper {

    private static final String STORAGE = "storage";
    private static final String BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
    private static final String PROVISIONER_ANNOTATION = "volume.kubernetes.io/storage-provisioner";
    private static final String BETA_PROVISIONER_ANNOTATION = "volume.beta.kubernetes.io/storage-provisioner";

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        Map<String, String> annotations = TreeFields.textMap(tree, "metadata", "annotations");
        String dataSource = has(tree, "spec", "dataSourceRef") ? "dataSourceRef" : "dataSource";
        String storageClassName = storageClassName(tree, annotations);
        return new PersistentVolumeClaim(
                text(tree, "metadata", "namespace"),
                text(tree, "metadata", "name"),
                text(tree, "metadata", "uid"),
                text(tree, "status", "phase"),
                text(tree, "spec", "volumeName"),
                Objects.requireNonNullElse(storageClassName, ""),
                storageClassName != null,
                Objects.requireNonNullElse(annotations.getOrDefault(PROVISIONER_ANNOTATION,
                        annotations.get(BETA_PROVISIONER_ANNOTATION)), ""),
                texts(tree, "spec", "accessModes"),
                text(tree, "spec", dataSource, "kind"),
                text(tree, "spec", dataSource, "name"),
                texts(tree, "metadata", "finalizers"),
                Meta.owners(tree),
                TreeFields.objects(tree, c -> new Condition(text(c, "type"), text(c, "status"), text(c, "reason"),
                        text(c, "message"), instant(c, "lastTransitionTime")), "status", "conditions"),
                quantity(tree, "spec", "resources", "requests", STORAGE),
                quantity(tree, "status", "capacity", STORAGE),
                text(tree, "status", "allocatedResourceStatuses", STORAGE),
                instant(tree, "metadata", "creationTimestamp"),
                instant(tree, "metadata", "deletionTimestamp"),
                raw.source());
    }

    /**
     * The class the claim names: {@code spec.storageClassName}, else the beta annotation that
     * claims used before the field existed (the PersistentVolume controller still honours it),
     * else {@code null}.
     */
    private static String storageClassName(JsonNode tree, Map<String, String> annotations) {
        String field = nullableText(tree, "spec", "storageClassName");
        return field != null ? field : annotations.get(BETA_CLASS_ANNOTATION);
    }
}
