package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;
import java.util.List;

/**
 * The kubelet gave up waiting for a pod's volumes to be attached and mounted, and will try again:
 * the recurring {@code FailedMount} event "Unable to attach or mount volumes: unmounted
 * volumes=[data], unattached volumes=[data ...]: timed out waiting for the condition" (older
 * kubelets: "Unable to mount volumes for pod ...: timeout expired waiting for volumes to attach
 * or mount ..."). It repeats for as long as the pod waits, so it outlives the attach-detach
 * controller's one-time Multi-Attach event.
 *
 * <p>The lists name the pod's volumes (the names in {@code spec.volumes}), not claims; kubelets
 * are known to list volumes that are in fact attached (kubernetes/kubernetes#112720), so the
 * signal says that the pod waits, not which volume holds it.
 *
 * @param pod the pod whose volumes are not ready
 * @param unmountedVolumes the volumes the kubelet lists as not mounted
 * @param unattachedVolumes the volumes it lists as not attached (older kubelets give one list
 *     for both; it is both lists then)
 * @param time when it was last reported, or {@code null}
 * @param count how often it was reported
 * @param evidence the event or log line it was read from
 */
public record VolumeMountTimeout(
        ObjectRef pod,
        List<String> unmountedVolumes,
        List<String> unattachedVolumes,
        Instant time,
        int count,
        Evidence evidence) {

    /** Copies the lists so the signal stays immutable. */
    public VolumeMountTimeout {
        unmountedVolumes = List.copyOf(unmountedVolumes);
        unattachedVolumes = List.copyOf(unattachedVolumes);
    }

    /** Whether the kubelet still waits for at least one volume to be attached. */
    public boolean waitsForAttach() {
        return !unattachedVolumes.isEmpty();
    }

    /** Whether this report came after the other one; {@code false} when either time is unknown. */
    public boolean isLaterThan(VolumeMountTimeout other) {
        return time != null && other.time() != null && time.isAfter(other.time());
    }
}
