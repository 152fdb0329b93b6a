package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * The kubelet failed to unmount a volume of a pod: a {@code FailedUnMount} event (the kubelet's
 * reason for it), or an event whose message carries the kubelet's error
 * "UnmountVolume.TearDown failed for volume "data" (UniqueName: "kubernetes.io/csi/...") pod
 * "..." : kubernetes.io/csi: mounter.TearDownAt failed: rpc error: ...". A pod whose volume
 * cannot be unmounted stays Terminating, and its volume cannot be detached.
 *
 * @param pod the pod whose volume could not be unmounted
 * @param time when it was reported, or {@code null}
 * @param evidence the event it was read from
 */
public record UnmountFailed(ObjectRef pod, Instant time, Evidence evidence) {
}
