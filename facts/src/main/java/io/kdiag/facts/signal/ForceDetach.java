package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import java.time.Instant;

/**
 * The attach-detach controller detaching a volume from a node without the node's word that
 * the volume is unmounted, because {@code maxWaitForUnmountDuration} (6 minutes by default)
 * expired: kube-controller-manager logs "This volume is not safe to detach, but
 * maxWaitForUnmountDuration 6m0s expired, force detaching". The node never reported the
 * unmount, as happens when it is down.
 *
 * @param volume the volume's name as the log gives it (normally the PersistentVolume), or {@code ""}
 * @param uniqueName the volume's unique name ({@code kubernetes.io/csi/<driver>^<handle>}), or {@code ""}
 * @param node the node the volume is force-detached from
 * @param waited how long the controller waited, as logged ({@code 6m0s}), or {@code ""}
 * @param time when it was logged, or {@code null}
 * @param evidence the log line
 */
public record ForceDetach(String volume, String uniqueName, String node, String waited, Instant time,
        Evidence evidence) {
}
