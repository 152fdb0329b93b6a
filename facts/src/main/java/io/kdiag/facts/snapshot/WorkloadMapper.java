package io.kdiag.facts.snapshot;

import static io.kdiag.facts.snapshot.TreeFields.integer;
import static io.kdiag.facts.snapshot.TreeFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Workload;
import java.util.Objects;

/** Maps the pod-owning workloads (StatefulSet, Deployment, DaemonSet, ReplicaSet) to {@link Workload} facts. */
final class WorkloadMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw) {
        JsonNode tree = raw.tree();
        return switch (raw.kind()) {
            case "StatefulSet" -> workload(raw, replicas(tree), readyReplicas(tree),
                    text(tree, "spec", "podManagementPolicy"), text(tree, "spec", "updateStrategy", "type"));
            case "Deployment" -> workload(raw, replicas(tree), readyReplicas(tree), "",
                    text(tree, "spec", "strategy", "type"));
            case "DaemonSet" -> workload(raw, orZero(integer(tree, "status", "desiredNumberScheduled")),
                    orZero(integer(tree, "status", "numberReady")), "", text(tree, "spec", "updateStrategy", "type"));
            case "ReplicaSet" -> workload(raw, replicas(tree), readyReplicas(tree), "", "");
            default -> throw new IllegalArgumentException("not a workload kind: " + raw.kind());
        };
    }

    /** A missing {@code spec.replicas} defaults to 1, as the API server does. */
    private static int replicas(JsonNode tree) {
        return Objects.requireNonNullElse(integer(tree, "spec", "replicas"), 1);
    }

    private static int readyReplicas(JsonNode tree) {
        return orZero(integer(tree, "status", "readyReplicas"));
    }

    private static int orZero(Integer number) {
        return number == null ? 0 : number;
    }

    private static Workload workload(RawObject raw, int desired, int ready, String podManagement, String strategy) {
        JsonNode tree = raw.tree();
        return new Workload(raw.kind(), text(tree, "metadata", "namespace"), text(tree, "metadata", "name"), desired,
                ready, Meta.owners(tree), podManagement, strategy, TreeFields.instant(tree, "metadata", "creationTimestamp"),
                raw.source());
    }
}
