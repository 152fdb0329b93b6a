package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * The kubelet cannot reach a CSI driver on the pod's node because the driver's node plugin never
 * registered there (or its registration went away): a {@code FailedMount} (or attach/map) event
 * "driver name rook-ceph.rbd.csi.ceph.com not found in the list of registered CSI drivers".
 *
 * @param pod the pod whose volume cannot be mounted
 * @param driver the CSI driver the kubelet looked for
 * @param volume the volume the event names, or {@code ""}
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record CsiDriverNotRegistered(ObjectRef pod, String driver, String volume, int count, Instant time,
        Evidence evidence) {
}
