package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.instant;
import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeAttachment;

/** Maps the tree of a {@code VolumeAttachment} to the {@link VolumeAttachment} fact. */
final class VolumeAttachmentMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return new VolumeAttachment(
                text(tree, "metadata", "name"),
                text(tree, "spec", "attacher"),
                text(tree, "spec", "source", "persistentVolumeName"),
                text(tree, "spec", "nodeName"),
                Boolean.TRUE.equals(TreeFields.bool(tree, "status", "attached")),
                text(tree, "status", "attachError", "message"),
                text(tree, "status", "detachError", "message"),
                TreeFields.texts(tree, "metadata", "finalizers"),
                instant(tree, "metadata", "creationTimestamp"),
                instant(tree, "metadata", "deletionTimestamp"),
                raw.source());
    }
}
