package io.kdiag.facts.snapshot;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.facts.KubeObject;
import io.kdiag.facts.Workload;

/** Maps the pod-owning workloads (StatefulSet, Deployment, DaemonSet, ReplicaSet) to {@link Workload} facts. */
final class WorkloadMapper implements KindMapper {

    @Override
    public KubeObject map(RawObject raw, KubernetesSerialization serialization) {
        return switch (raw.kind()) {
            case "StatefulSet" -> statefulSet(serialization.convertValue(raw.tree(), StatefulSet.class), raw.source());
            case "Deployment" -> deployment(serialization.convertValue(raw.tree(), Deployment.class), raw.source());
            case "DaemonSet" -> daemonSet(serialization.convertValue(raw.tree(), DaemonSet.class), raw.source());
            case "ReplicaSet" -> replicaSet(serialization.convertValue(raw.tree(), ReplicaSet.class), raw.source());
            default -> throw new IllegalArgumentException("not a workload kind: " + raw.kind());
        };
    }

    private static Workload statefulSet(StatefulSet s, String source) {
        var spec = s.getSpec();
        return workload(s, spec == null ? 1 : replicas(spec.getReplicas()),
                s.getStatus() == null ? 0 : Meta.number(s.getStatus().getReadyReplicas()),
                spec == null ? "" : Meta.text(spec.getPodManagementPolicy()),
                spec == null || spec.getUpdateStrategy() == null ? "" : Meta.text(spec.getUpdateStrategy().getType()),
                source);
    }

    private static Workload deployment(Deployment d, String source) {
        var spec = d.getSpec();
        return workload(d, spec == null ? 1 : replicas(spec.getReplicas()),
                d.getStatus() == null ? 0 : Meta.number(d.getStatus().getReadyReplicas()), "",
                spec == null || spec.getStrategy() == null ? "" : Meta.text(spec.getStrategy().getType()),
                source);
    }

    private static Workload daemonSet(DaemonSet d, String source) {
        var status = d.getStatus();
        var spec = d.getSpec();
        return workload(d, status == null ? 0 : Meta.number(status.getDesiredNumberScheduled()),
                status == null ? 0 : Meta.number(status.getNumberReady()), "",
                spec == null || spec.getUpdateStrategy() == null ? "" : Meta.text(spec.getUpdateStrategy().getType()),
                source);
    }

    private static Workload replicaSet(ReplicaSet r, String source) {
        var spec = r.getSpec();
        return workload(r, spec == null ? 1 : replicas(spec.getReplicas()),
                r.getStatus() == null ? 0 : Meta.number(r.getStatus().getReadyReplicas()), "", "", source);
    }

    /** A missing {@code spec.replicas} defaults to 1, as the API server does. */
    private static int replicas(Integer replicas) {
        return replicas == null ? 1 : replicas;
    }

    private static Workload workload(HasMetadata object, int desired, int ready, String podManagement,
            String strategy, String source) {
        ObjectMeta meta = object.getMetadata();
        return new Workload(object.getKind(), Meta.text(meta.getNamespace()), meta.getName(), desired, ready,
                Meta.owners(meta), podManagement, strategy, Meta.instant(meta.getCreationTimestamp()), source);
    }
}
