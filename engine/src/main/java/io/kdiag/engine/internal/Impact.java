package io.kdiag.engine.internal;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Owner;
import io.kdiag.facts.Pod;
import io.kdiag.facts.Workload;
import io.kdiag.facts.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a diagnosis harms beyond the objects its rules name: the workloads that own the affected
 * pods (a pod's ReplicaSet is followed to its Deployment), and whether any of them is fully down.
 */
final class Impact {

    private final Map<ObjectRef, Pod> pods = new HashMap<>();
    private final Map<ObjectRef, Workload> workloads = new HashMap<>();

    Impact(Snapshot snapshot) {
        for (Object fact : snapshot.facts()) {
            if (fact instanceof Pod pod) {
                pods.put(pod.ref(), pod);
            } else if (fact instanceof Workload workload) {
                workloads.put(workload.ref(), workload);
            }
        }
    }

    /** The affected objects followed by the workloads that own the affected pods. */
    List<ObjectRef> withWorkloads(List<ObjectRef> affected) {
        Set<ObjectRef> all = new LinkedHashSet<>(affected);
        for (ObjectRef ref : affected) {
            workloadOf(ref).ifPresent(w -> all.add(w.ref()));
        }
        return new ArrayList<>(all);
    }

    /** Whether a workload among the affected objects wants pods and has none ready. */
    boolean anyWorkloadDown(List<ObjectRef> affected) {
        return affected.stream().map(workloads::get).anyMatch(w -> w != null && w.isFullyDown());
    }

    private Optional<Workload> workloadOf(ObjectRef ref) {
        Pod pod = pods.get(ref);
        if (pod == null) {
            return Optional.empty();
        }
        Optional<Workload> owner = pod.controller().map(o -> workloads.get(owned(pod.namespace(), o)));
        return owner.map(w -> w.kind().equals("ReplicaSet")
                ? w.owners().stream().findFirst().map(o -> workloads.get(owned(w.namespace(), o))).orElse(w)
                : w);
    }

    private static ObjectRef owned(String namespace, Owner owner) {
        return new ObjectRef(owner.kind(), namespace, owner.name());
    }
}
