package io.kdiag.facts.signal;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** The kubelet's event reason for a failed unmount ({@code FailedUnMountVolume} in its events). */
    public static final String FAILED_UNMOUNT = "FailedUnMount";

    private static final Pattern TEAR_DOWN_FAILED = Pattern.compile("UnmountVolume\\.TearDown failed for volume");

    /** The failed unmount an event about a pod reports, if it reports one. */
    public static Optional<UnmountFailed> fromEvent(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        if (!FAILED_UNMOUNT.equalsIgnoreCase(event.reason()) && !TEAR_DOWN_FAILED.matcher(event.message()).find()) {
            return Optional.empty();
        }
        return Optional.of(new UnmountFailed(event.involved(), event.time(), Evidence.of(event)));
    }
}
