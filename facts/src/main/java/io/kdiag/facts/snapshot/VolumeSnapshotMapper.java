package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.VolumeSnapshot;

/** Maps a {@code snapshot.storage.k8s.io} VolumeSnapshot, read as a generic resource, to the {@link VolumeSnapshot} fact. */
final class VolumeSnapshotMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return new VolumeSnapshot(
                TreeFields.text(tree, "metadata", "namespace"),
                TreeFields.text(tree, "metadata", "name"),
                TreeFields.text(tree, "spec", "source", "persistentVolumeClaimName"),
                TreeFields.text(tree, "spec", "source", "volumeSnapshotContentName"),
                TreeFields.bool(tree, "status", "readyToUse"),
                TreeFields.text(tree, "status", "boundVolumeSnapshotContentName"),
                TreeFields.text(tree, "spec", "volumeSnapshotClassName"),
                TreeFields.text(tree, "status", "error", "message"),
                TreeFields.instant(tree, "metadata", "creationTimestamp"),
                TreeFields.instant(tree, "metadata", "deletionTimestamp"),
                raw.source());
    }
}
