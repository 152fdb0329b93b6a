package io.kdiag.facts.snapshot;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.Node;
import io.kdiag.facts.PersistentVolumeClaim;
import io.kdiag.facts.Pod;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds a snapshot shows to exist but holds none of, and the log components whose logs were
 * collected for others but not for them: what an export left out, found by what the objects it
 * does hold refer to (a pod scheduled on a node, a claim bound to a volume, a node reporting a CSI
 * volume attached). An empty kind that nothing refers to says nothing: a cluster may well have no
 * VolumeSnapshot at all, so that absence is never reported.
 */
public final class MissingKinds {

    /** The log components a playbook may read, by the container (or static pod) that writes them. */
    public static final Set<String> LOG_COMPONENTS = Set.of("csi-provisioner", "csi-attacher", "csi-snapshotter",
            "csi-resizer", "kube-controller-manager", "kubelet");

    /** The sidecars whose logs are found by their container's name. */
    private static final List<String> CONTAINER_LOGS = List.of("csi-attacher", "csi-provisioner", "csi-resizer",
            "csi-snapshotter", "kube-controller-manager");

    /**
     * One kind, or one component's logs, the snapshot lacks.
     *
     * @param kind the Kubernetes kind, or {@code ""} for logs
     * @param component the log component, or {@code ""} for a kind
     * @param shownBy what in the snapshot shows that it exists, naming the object
     * @param command the read-only command whose output supplies it
     */
    public record Missing(String kind, String component, String shownBy, String command) {

        /** What is missing, in a few words: {@code Node}, or {@code csi-provisioner logs}. */
        public String what() {
            return kind.isEmpty() ? component + " logs" : kind;
        }
    }

    /** The kinds kdiag reads into facts; any other kind is only counted. */
    public static Set<String> readKinds() {
        return FactMapper.kinds();
    }

    private MissingKinds() {
    }

    /** What the snapshot lacks, kinds first (in a fixed order), then logs by component. */
    public static List<Missing> in(Snapshot snapshot) {
        List<Object> facts = snapshot.facts();
        List<Missing> missing = new ArrayList<>();
        java.util.function.Predicate<String> none = kind -> snapshot.counts().getOrDefault(kind, 0) == 0;
        if (none.test("Node")) {
            first(facts, Pod.class, p -> !p.nodeName().isEmpty(),
                    p -> "pod " + p.ref().qualifiedName() + " is scheduled on node " + p.nodeName())
                    .or(() -> first(facts, VolumeAttachment.class, a -> !a.nodeName().isEmpty(),
                            a -> "VolumeAttachment " + a.name() + " is for node " + a.nodeName()))
                    .ifPresent(why -> missing.add(kind("Node", why, "kubectl get nodes -o yaml")));
        }
        if (none.test("Pod")) {
            first(facts, Workload.class, w -> w.desiredReplicas() > 0 && !"DaemonSet".equals(w.kind()),
                    w -> w.kind() + " " + w.ref().qualifiedName() + " wants " + w.desiredReplicas() + " pod(s)")
                    .ifPresent(why -> missing.add(kind("Pod", why, "kubectl get pods -A -o yaml")));
        }
        if (none.test("PersistentVolumeClaim")) {
            first(facts, Pod.class, p -> !p.claimNames().isEmpty(),
                    p -> "pod " + p.ref().qualifiedName() + " uses claim " + p.claimNames().get(0))
                    .ifPresent(why -> missing.add(kind("PersistentVolumeClaim", why, "kubectl get pvc -A -o yaml")));
        }
        if (none.test("PersistentVolume")) {
            first(facts, PersistentVolumeClaim.class, c -> !c.volumeName().isEmpty(),
                    c -> "claim " + c.ref().qualifiedName() + " is bound to volume " + c.volumeName())
                    .ifPresent(why -> missing.add(kind("PersistentVolume", why, "kubectl get pv -o yaml")));
        }
        if (none.test("VolumeAttachment")) {
            first(facts, Node.class, n -> n.volumesAttached().stream().anyMatch(v -> v.startsWith("kubernetes.io/csi/")),
                    n -> "node " + n.name() + " reports CSI volumes attached")
                    .ifPresent(why -> missing.add(kind("VolumeAttachment", why, "kubectl get volumeattachments -o yaml")));
        }
        if (none.test("StorageClass")) {
            first(facts, PersistentVolumeClaim.class, c -> "Pending".equals(c.phase()) && !c.storageClassName().isEmpty(),
                    c -> "claim " + c.ref().qualifiedName() + " is Pending and names StorageClass " + c.storageClassName())
                    .ifPresent(why -> missing.add(kind("StorageClass", why, "kubectl get storageclasses -o yaml")));
        }
        if (none.test("VolumeSnapshot")) {
            first(facts, PersistentVolumeClaim.class, c -> "VolumeSnapshot".equals(c.dataSourceKind()),
                    c -> "claim " + c.ref().qualifiedName() + " is restored from VolumeSnapshot " + c.dataSourceName())
                    .ifPresent(why -> missing.add(kind("VolumeSnapshot", why, "kubectl get volumesnapshots -A -o yaml")));
        }
        if (none.test("Event")) {
            first(facts, Pod.class, p -> "Pending".equals(p.phase()),
                    p -> "pod " + p.ref().qualifiedName() + " is Pending")
                    .ifPresent(why -> missing.add(kind("Event", why, "kubectl get events -A -o yaml")));
        }
        if (!none.test(Snapshot.LOG_LINE)) {
            missing.addAll(logs(facts));
        }
        return missing;
    }

    /** The sidecars that run in a pod of the snapshot, while the logs that were read hold none of theirs. */
    private static List<Missing> logs(List<Object> facts) {
        Set<String> logged = facts.stream().filter(LogLine.class::isInstance).map(f -> ((LogLine) f).container())
                .collect(Collectors.toSet());
        List<Missing> missing = new ArrayList<>();
        for (String component : CONTAINER_LOGS) {
            if (!logged.contains(component)) {
                facts.stream().filter(Pod.class::isInstance).map(Pod.class::cast)
                        .filter(p -> p.runsContainer(component)).findFirst()
                        .ifPresent(p -> missing.add(new Missing("", component, "pod " + p.ref().qualifiedName()
                                + " runs " + component + ", and logs of other containers were read",
                                "kubectl logs -n " + p.namespace() + " " + p.name() + " -c " + component)));
            }
        }
        return missing;
    }

    private static Missing kind(String kind, String shownBy, String command) {
        return new Missing(kind, "", shownBy, command);
    }

    private static <T> Optional<String> first(List<Object> facts, Class<T> type, java.util.function.Predicate<T> test,
            Function<T, String> describe) {
        return facts.stream().filter(type::isInstance).map(type::cast).filter(test).findFirst().map(describe);
    }
}
