package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeSnapshotContent;

/**
 * Maps a {@code snapshot.storage.k8s.io} VolumeSnapshotContent, read as a generic resource, to
 * the {@link VolumeSnapshotContent} fact.
 */
final class VolumeSnapshotContentMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        String handle = TreeFields.text(tree, "status", "snapshotHandle");
        return new VolumeSnapshotContent(
                TreeFields.text(tree, "metadata", "name"),
                TreeFields.text(tree, "spec", "driver"),
                TreeFields.text(tree, "spec", "source", "volumeHandle"),
                handle.isEmpty() ? TreeFields.text(tree, "spec", "source", "snapshotHandle") : handle,
                TreeFields.text(tree, "spec", "volumeSnapshotRef", "namespace"),
                TreeFields.text(tree, "spec", "volumeSnapshotRef", "name"),
                TreeFields.text(tree, "spec", "deletionPolicy"),
                TreeFields.bool(tree, "status", "readyToUse"),
                TreeFields.text(tree, "status", "error", "message"),
                TreeFields.instant(tree, "metadata", "creationTimestamp"),
                raw.source());
    }
}
