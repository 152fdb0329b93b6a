package io.kdiag.facts.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import java.util.Map;
import java.util.Optional;

/**
 * Turns raw objects into facts, by kind. Kinds without a mapper are counted by the snapshot
 * but produce no fact. Objects reach it already stripped of Secret data and embedded copies
 * (see {@link Redaction}).
 */
final class FactMapper {

    private final Map<String, KindMapper> mappers;

    FactMapper() {
        WorkloadMapper workloads = new WorkloadMapper();
        this.mappers = Map.ofEntries(
                Map.entry("Pod", new PodMapper()),
                Map.entry("PersistentVolumeClaim", new PersistentVolumeClaimMapper()),
                Map.entry("PersistentVolume", new PersistentVolumeMapper()),
                Map.entry("VolumeAttachment", new VolumeAttachmentMapper()),
                Map.entry("StorageClass", new StorageClassMapper()),
                Map.entry("CSINode", new CsiNodeMapper()),
                Map.entry("Node", new NodeMapper()),
                Map.entry("Event", new EventMapper()),
                Map.entry("StatefulSet", workloads),
                Map.entry("Deployment", workloads),
                Map.entry("DaemonSet", workloads),
                Map.entry("ReplicaSet", workloads),
                Map.entry("VolumeSnapshot", new VolumeSnapshotMapper()),
                Map.entry("VolumeSnapshotContent", new VolumeSnapshotContentMapper()),
                Map.entry("VolumeSnapshotClass", new VolumeSnapshotClassMapper()),
                Map.entry("ReplicationDestination", new ReplicationDestinationMapper()));
    }

    /** The kinds that have a mapper: every kind kdiag reads into facts. */
    static java.util.Set<String> kinds() {
        return new java.util.TreeSet<>(new FactMapper().mappers.keySet());
    }

    /**
     * The fact for one object, or empty when kdiag has no rules for its kind.
     *
     * @throws IllegalArgumentException when the object lacks a kind or a name, its apiVersion does
     *     not serve its kind, or a field has the wrong type
     */
    Optional<KubeObject> map(RawObject raw) {
        if (raw.kind().isEmpty()) {
            throw new IllegalArgumentException("object has no kind");
        }
        JsonNode metadata = raw.tree().path("metadata");
        if (!metadata.path("name").isTextual() || metadata.path("name").asText().isEmpty()) {
            throw new IllegalArgumentException(raw.kind() + " has no metadata.name");
        }
        if (!KindGroups.fits(raw.kind(), raw.apiVersion())) {
            throw new IllegalArgumentException(raw.kind() + " " + metadata.path("name").asText() + " has apiVersion "
                    + raw.apiVersion() + ", which does not serve " + raw.kind() + " (expected " + KindGroups.usual(raw.kind())
                    + "): not read as a " + raw.kind() + ", so no playbook sees it");
        }
        KindMapper mapper = mappers.get(raw.kind());
        if (mapper == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.map(raw));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(raw.kind() + " " + metadata.path("name").asText() + ": "
                    + DocumentReader.oneLine(rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause instanceof com.fasterxml.jackson.core.JsonProcessingException j
                ? j.getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
