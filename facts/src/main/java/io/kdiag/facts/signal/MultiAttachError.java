package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;
import java.util.List;

/**
 * A Multi-Attach error: the attach-detach controller refused to attach a single-node volume
 * for a pod because the volume is still attached elsewhere.
 *
 * <p>CSI volumes are reported as "already exclusively attached to one node"; in-tree volumes
 * as "already used by pod(s) ..." with the names of the holding pods.
 *
 * @param pod the pod that cannot start
 * @param volume the volume named in the message (normally the PersistentVolume's name)
 * @param holderPods the pods the message says hold the volume (in-tree wording), else empty
 * @param holderNode the node the message says holds the volume (controller log wording), or {@code ""}
 * @param time when the error was last reported, or {@code null}
 * @param count how often it was reported
 * @param evidence the event or log line it was read from
 */
public record MultiAttachError(
        ObjectRef pod,
        String volume,
        List<String> holderPods,
        String holderNode,
        Instant time,
        int count,
        Evidence evidence) {

    /** Copies the list so the signal stays immutable. */
    public MultiAttachError {
        holderPods = List.copyOf(holderPods);
    }
}
