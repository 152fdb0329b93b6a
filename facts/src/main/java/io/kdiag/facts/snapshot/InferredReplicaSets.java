package io.kdiag.facts.snapshot;

import io.kdiag.facts.Owner;
import io.kdiag.facts.Pod;
import io.kdiag.facts.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Establishes the ReplicaSets an export left out ({@code kubectl get pods,deploy,pvc,...} holds
 * none), so that the link pod -> ReplicaSet -> Deployment survives a partial export.
 *
 * <p>The Deployment controller names each ReplicaSet it creates after the Deployment and the
 * hash of its pod template ({@code <deployment>-<pod-template-hash>}) and puts the same hash on
 * the pods as the {@code pod-template-hash} label. A pod whose owner reference names a
 * ReplicaSet the snapshot does not hold, and whose label is the suffix of that name, therefore
 * names its Deployment: the ReplicaSet is added as a fact whose {@link Workload#establishedBy()}
 * says so, and whose {@code source} is where the pod was read.
 */
final class InferredReplicaSets {

    private static final String HASH_LABEL = "pod-template-hash";

    private InferredReplicaSets() {
    }

    /** The ReplicaSets the pods among {@code facts} establish and {@code facts} lacks, one per ReplicaSet. */
    static List<Workload> of(List<Object> facts) {
        Set<String> held = new HashSet<>();
        for (Object fact : facts) {
            if (fact instanceof Workload w && "ReplicaSet".equals(w.kind())) {
                held.add(w.namespace() + "/" + w.name());
            }
        }
        Map<String, Workload> inferred = new LinkedHashMap<>();
        for (Object fact : facts) {
            if (!(fact instanceof Pod pod)) {
                continue;
            }
            String hash = pod.labels().getOrDefault(HASH_LABEL, "");
            for (Owner owner : pod.owners()) {
                String key = pod.namespace() + "/" + owner.name();
                if (!"ReplicaSet".equals(owner.kind()) || hash.isEmpty() || !owner.name().endsWith("-" + hash)
                        || held.contains(key) || inferred.containsKey(key)) {
                    continue;
                }
                String deployment = owner.name().substring(0, owner.name().length() - hash.length() - 1);
                inferred.put(key, new Workload("ReplicaSet", pod.namespace(), owner.name(), 0, 0,
                        List.of(new Owner("Deployment", deployment, true)), "", "", null, pod.source(),
                        "ReplicaSet " + owner.name() + " is not in the snapshot; pod " + pod.namespace() + "/"
                                + pod.name() + " names it as its owner and carries " + HASH_LABEL + "=" + hash
                                + ", so it is Deployment " + deployment + "'s ReplicaSet (" + deployment + "-" + hash
                                + ")"));
            }
        }
        return new ArrayList<>(inferred.values());
    }
}
