package io.kdiag.facts.lock;

import io.kdiag.facts.PersistentVolumeClaim;
import io.kdiag.facts.Pod;
import io.kdiag.facts.ReplicationDestination;
import io.kdiag.facts.VolumeSnapshot;
import io.kdiag.facts.Workload;
import io.kdiag.facts.chain.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What one provisioner's operation lock holds: the claims and snapshots whose calls it refuses,
 * the restores that wait on them, the pods that cannot start, and the node plugin DaemonSets
 * beside it that the plan leaves alone. Each list holds its objects once, in reference order.
 *
 * @param claims the Pending claims whose provisioning the lock refuses
 * @param snapshots the VolumeSnapshots whose snapshot calls the lock refuses
 * @param waitingClaims the claims the VolSync populator cannot fill
 * @param destinations the ReplicationDestinations of those restores
 * @param blockedPods the Pending pods that use a locked or waiting claim
 * @param plugins the node plugin DaemonSets in the provisioner's namespace
 */
public record LockedObjects(
        List<PersistentVolumeClaim> claims,
        List<VolumeSnapshot> snapshots,
        List<PersistentVolumeClaim> waitingClaims,
        List<ReplicationDestination> destinations,
        List<Pod> blockedPods,
        List<Workload> plugins) {

    /** Keeps each object once, in reference order. */
    public LockedObjects {
        claims = ObjectNames.inOrder(claims);
        snapshots = ObjectNames.inOrder(snapshots);
        waitingClaims = ObjectNames.inOrder(waitingClaims);
        destinations = ObjectNames.inOrder(destinations);
        blockedPods = ObjectNames.inOrder(blockedPods);
        plugins = ObjectNames.inOrder(plugins);
    }

    /** Everything one lock holds, from what the rules gathered. */
    public static LockedObjects of(Collection<PersistentVolumeClaim> claims, Collection<VolumeSnapshot> snapshots,
            Collection<PersistentVolumeClaim> waitingClaims, Collection<ReplicationDestination> destinations,
            Collection<Pod> blockedPods, Collection<Workload> plugins) {
        return new LockedObjects(List.copyOf(claims), List.copyOf(snapshots), List.copyOf(waitingClaims),
                List.copyOf(destinations), List.copyOf(blockedPods), List.copyOf(plugins));
    }

    /** The locked claims and snapshots, as {@code namespace/name}: what the lock blocks outright. */
    public List<String> blocked() {
        List<String> blocked = new ArrayList<>(ObjectNames.qualified(claims));
        blocked.addAll(ObjectNames.qualified(snapshots));
        return blocked;
    }

    /** The node plugin DaemonSets' names. */
    public List<String> pluginNames() {
        return plugins.stream().map(Workload::name).toList();
    }

    /** Adds every object the lock harms to a candidate: claims, snapshots, restores, pods. */
    public Candidate.Builder addAffected(Candidate.Builder builder) {
        claims.forEach(builder::affected);
        snapshots.forEach(builder::affected);
        waitingClaims.forEach(builder::affected);
        destinations.forEach(builder::affected);
        blockedPods.forEach(builder::affected);
        return builder;
    }
}
