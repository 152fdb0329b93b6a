package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeSnapshotClass;

/**
 * Maps a {@code snapshot.storage.k8s.io} VolumeSnapshotClass, read as a generic resource, to the
 * {@link VolumeSnapshotClass} fact.
 */
final class VolumeSnapshotClassMapper implements KindMapper {

    static final String DEFAULT_CLASS_ANNOTATION = "snapshot.storage.kubernetes.io/is-default-class";

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return new VolumeSnapshotClass(
                TreeFields.text(tree, "metadata", "name"),
                TreeFields.text(tree, "driver"),
                TreeFields.text(tree, "deletionPolicy"),
                "true".equals(TreeFields.text(tree, "metadata", "annotations", DEFAULT_CLASS_ANNOTATION)),
                TreeFields.instant(tree, "metadata", "creationTimestamp"),
                raw.source());
    }
}
