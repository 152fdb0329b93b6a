package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A pod's volume on its node lost its connection to the storage: the kubelet reports
 * "Cannot send after transport endpoint shutdown" (ESHUTDOWN, errno 108: the node's storage client
 * was fenced, for example blocklisted by Ceph) or "transport endpoint is not connected" (ENOTCONN:
 * the mount's client, often a FUSE daemon, is gone).
 *
 * @param pod the pod whose volume is affected
 * @param errno {@code ESHUTDOWN} or {@code ENOTCONN}
 * @param volume the volume the event names, or {@code ""}
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record TransportEndpointLost(ObjectRef pod, String errno, String volume, int count, Instant time,
        Evidence evidence) {

    /** Whether the client was shut out (ESHUTDOWN), as after fencing, rather than merely disconnected. */
    public boolean isShutdown() {
        return "ESHUTDOWN".equals(errno);
    }
}
