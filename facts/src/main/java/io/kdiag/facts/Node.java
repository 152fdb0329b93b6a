package io.kdiag.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node.
 *
 * @param name the node's name
 * @param readyStatus the status of the Ready condition: {@code True}, {@code False},
 *     {@code Unknown} (the kubelet stopped reporting), or {@code ""} when the node has none
 * @param readyReason the reason of the Ready condition, for example {@code NodeStatusUnknown}
 * @param readySince when the Ready condition last changed, or {@code null}
 * @param lastHeartbeat the Ready condition's last heartbeat, or {@code null}
 * @param taints the node's taints
 * @param unschedulable whether the node is cordoned
 * @param creationTimestamp when the node object was created, or {@code null}
 * @param volumesInUse {@code status.volumesInUse}: the unique names of the volumes the kubelet
 *     reports mounted ({@code kubernetes.io/csi/<driver>^<handle>})
 * @param volumesAttached the names in {@code status.volumesAttached}: the volumes the
 *     attach-detach controller reports attached to the node
 * @param kubeletVersion {@code status.nodeInfo.kubeletVersion}, for example {@code v1.29.4}, or
 *     {@code ""} when the node does not report it
 * @param labels the node's labels, for example {@code topology.kubernetes.io/zone: us-east-1a}
 *     and {@code kubernetes.io/hostname}, which a volume's node affinity selects on
 * @param source where the node was read
 */
public record Node(
        String name,
        String readyStatus,
        String readyReason,
        Instant readySince,
        Instant lastHeartbeat,
        List<Taint> taints,
        boolean unschedulable,
        Instant creationTimestamp,
        List<String> volumesInUse,
        List<String> volumesAttached,
        String kubeletVersion,
        Map<String, String> labels,
        String source) implements KubeObject {

    private static final Pattern KUBELET_VERSION = Pattern.compile("v?1\\.(\\d{1,3})\\b");

    /** Copies the lists so the fact stays immutable. */
    public Node {
        taints = List.copyOf(taints);
        volumesInUse = List.copyOf(volumesInUse);
        volumesAttached = List.copyOf(volumesAttached);
        labels = Map.copyOf(labels);
    }

    /**
     * Whether the node's status reports this CSI volume attached or in use (its unique name is
     * {@code kubernetes.io/csi/<driver>^<handle>}).
     */
    public boolean reportsCsiVolume(String driver, String handle) {
        String uniqueName = "kubernetes.io/csi/" + driver + "^" + handle;
        return volumesInUse.contains(uniqueName) || volumesAttached.contains(uniqueName);
    }

    /**
     * Whether the kubelet reports this CSI volume still in use (mounted) on the node: its unique
     * name {@code kubernetes.io/csi/<driver>^<handle>} is in {@code status.volumesInUse}.
     */
    public boolean hasVolumeInUse(String driver, String handle) {
        return !handle.isEmpty() && volumesInUse.contains("kubernetes.io/csi/" + driver + "^" + handle);
    }

    /**
     * The minor version of the node's kubelet ({@code 29} for {@code v1.29.4}), or {@code -1}
     * when it is not reported or not a Kubernetes 1.x version.
     */
    public int kubeletMinorVersion() {
        Matcher m = KUBELET_VERSION.matcher(kubeletVersion);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Override
    public ObjectRef ref() {
        return ObjectRef.cluster("Node", name);
    }

    /** Whether the node reports Ready. */
    public boolean isReady() {
        return "True".equals(readyStatus);
    }

    /** Whether the node carries a taint with this key. */
    public boolean hasTaint(String key) {
        return taints.stream().anyMatch(t -> t.key().equals(key));
    }

    /**
     * Whether the control plane considers the node down: Ready is False or Unknown, or the node
     * carries the unreachable, not-ready or out-of-service taint.
     */
    public boolean isDown() {
        return "False".equals(readyStatus) || "Unknown".equals(readyStatus)
                || hasTaint(Taint.UNREACHABLE) || hasTaint(Taint.NOT_READY)
                || hasTaint(Taint.OUT_OF_SERVICE);
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp, readySince, lastHeartbeat);
    }
}
