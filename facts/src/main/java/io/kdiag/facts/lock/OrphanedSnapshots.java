package io.kdiag.facts.lock;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.VolumeSnapshot;
import java.util.Collection;
import java.util.List;

/**
 * VolumeSnapshots that never completed and name a claim that is gone, as a diagnosis names
 * them: in reference order, the first as the root cause, each with the claim it was taken from.
 *
 * @param snapshots the snapshots, once each, in reference order
 */
public record OrphanedSnapshots(List<VolumeSnapshot> snapshots) {

    /** Keeps each snapshot once, in reference order. */
    public OrphanedSnapshots {
        snapshots = ObjectNames.inOrder(snapshots);
    }

    /** The orphaned snapshots among these, in order. */
    public static OrphanedSnapshots of(Collection<VolumeSnapshot> snapshots) {
        return new OrphanedSnapshots(List.copyOf(snapshots));
    }

    /** The snapshot a diagnosis names as its root cause: the first by reference. */
    public VolumeSnapshot first() {
        return snapshots.get(0);
    }

    /** {@code -n namespace claim} of each snapshot's source claim, in snapshot order. */
    public List<String> sourceClaimArgs() {
        return snapshots.stream().map(s -> ObjectNames.kubectlArgs(new ObjectRef("PersistentVolumeClaim",
                s.namespace(), s.sourceClaimName()))).toList();
    }
}
