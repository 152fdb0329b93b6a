package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.StorageClass;
import java.util.Map;

/** Maps the tree of a {@code StorageClass} to the {@link StorageClass} fact. */
final class StorageClassMapper implements KindMapper {

    private static final String BETA_DEFAULT_CLASS_ANNOTATION = "storageclass.beta.kubernetes.io/is-default-class";

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        Map<String, String> annotations = TreeFields.textMap(tree, "metadata", "annotations");
        boolean defaultClass = "true".equals(annotations.get(StorageClass.DEFAULT_CLASS_ANNOTATION))
                || "true".equals(annotations.get(BETA_DEFAULT_CLASS_ANNOTATION));
        return new StorageClass(
                text(tree, "metadata", "name"),
                text(tree, "provisioner"),
                defaultClass,
                text(tree, "reclaimPolicy"),
                TreeFields.bool(tree, "allowVolumeExpansion"),
                text(tree, "volumeBindingMode"),
                TreeFields.instant(tree, "metadata", "creationTimestamp"),
                raw.source());
    }
}
