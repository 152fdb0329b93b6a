package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A volume resize that failed, at one of its two stages. At the {@code controller} stage the
 * external-resizer reports on the claim ({@code VolumeResizeFailed}: "resize volume "pvc-..." by
 * resizer "ebs.csi.aws.com" failed: rpc error: ..."); at the {@code node} stage the kubelet
 * reports on the pod that mounts it ("NodeExpandVolume.NodeExpandVolume failed for volume
 * "pvc-..." : Expander.NodeExpand failed to expand the volume : ...", or a mount that "failed
 * while expanding volume").
 *
 * @param subject the object the report is about: the claim (controller stage) or the pod (node stage)
 * @param volume the PersistentVolume's name as the report gives it
 * @param resizer the resizer (the CSI driver's name) the report names, or {@code ""}
 * @param stage {@code controller} or {@code node}
 * @param error what failed, as reported after the volume's name
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record VolumeResizeFailure(ObjectRef subject, String volume, String resizer, String stage, String error,
        int count, Instant time, Evidence evidence) {

    /** The stage of a failure reported by the external-resizer. */
    public static final String CONTROLLER = "controller";
    /** The stage of a failure reported by the kubelet. */
    public static final String NODE = "node";

    /** Whether the kubelet reported it: the file system on the node could not be grown. */
    public boolean isNodeStage() {
        return NODE.equals(stage);
    }
}
