package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import java.time.Instant;
import java.util.List;

/**
 * The attach-detach controller's own report of a Multi-Attach error, from the
 * kube-controller-manager log: unlike the pod's event, it names the nodes that hold the
 * volume ("Multi-Attach error for volume "pvc-..." (UniqueName: ...) from node "A" Volume is
 * already exclusively attached to node B and can't be attached to another"). It lets a
 * playbook find the holding node when the snapshot has no VolumeAttachment objects.
 *
 * @param volume the volume's name (normally the PersistentVolume), or {@code ""}
 * @param uniqueName the volume's unique name, or {@code ""}
 * @param node the node the volume was to be attached to, or {@code ""}
 * @param holderNodes the nodes the volume is attached to
 * @param time when it was logged, or {@code null}
 * @param evidence the log line
 */
public record MultiAttachConflict(String volume, String uniqueName, String node, List<String> holderNodes,
        Instant time, Evidence evidence) {

    /** Copies the list so the signal stays immutable. */
    public MultiAttachConflict {
        holderNodes = List.copyOf(holderNodes);
    }

    /** Whether this report was logged after the other one; {@code false} when either time is unknown. */
    public boolean isLaterThan(MultiAttachConflict other) {
        return time != null && other.time() != null && time.isAfter(other.time());
    }
}
