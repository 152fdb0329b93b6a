package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A gRPC error returned by a CSI driver, as an event message or a log line reports it
 * ({@code rpc error: code = DeadlineExceeded desc = context deadline exceeded}).
 *
 * @param operation what was attempted: {@code provision}, {@code delete}, {@code attach},
 *     {@code detach}, {@code snapshot}, {@code mount}, {@code unmount} or {@code unknown}
 * @param code the gRPC status code name, for example {@code DeadlineExceeded}, {@code Aborted}
 *     or {@code NotFound}
 * @param description the text after {@code desc =}
 * @param volumeId the volume the error names, or {@code ""}: the driver's backend volume ID when
 *     the driver names one, else the PersistentVolume the operation ran for, else the UID of the
 *     claim whose provisioning failed (see {@link #refersTo}); quotes, brackets and cloud
 *     resource paths are taken off (see {@link CsiVolumeIds#normalise})
 * @param missing what the words say is missing, whatever the gRPC code: {@code volume},
 *     {@code node} (the node or cloud instance the volume was to attach to) or {@code ""}
 * @param nodeId the node or instance the words say is missing, or {@code ""}
 * @param subject the object the error concerns: the event's involved object, or the pod whose
 *     log holds the line (a {@code LogFile} reference for plain log files)
 * @param time when it was reported, or {@code null}
 * @param evidence the event or log line it was read from
 */
public record CsiError(
        String operation,
        String code,
        String description,
        String volumeId,
        String missing,
        String nodeId,
        ObjectRef subject,
        Instant time,
        Evidence evidence) {

    /** Keeps the volume ID in the form {@link #refersTo} compares: without quotes, brackets or resource path. */
    public CsiError {
        volumeId = CsiVolumeIds.normalise(volumeId);
    }

    /** {@link #missing()} when the volume does not exist. */
    public static final String MISSING_VOLUME = "volume";

    /** {@link #missing()} when the node or instance does not exist. */
    public static final String MISSING_NODE = "node";

    /**
     * Whether this is the CSI operation lock: the driver refuses a request because an operation
     * on the same volume is still in flight ("an operation with the given Volume ID ... already exists").
     */
    public boolean isOperationLock() {
        return "Aborted".equals(code) && description.contains("already exists");
    }

    /**
     * Whether the error concerns this volume: a PersistentVolume name, a volume handle or a claim
     * UID. A dynamically provisioned volume is named {@code pvc-<claim UID>}, so a provisioner's
     * "error syncing claim "&lt;uid&gt;"" and a driver's "Volume ID pvc-&lt;uid&gt;" are the same volume.
     */
    public boolean refersTo(String volume) {
        String other = CsiVolumeIds.normalise(volume);
        if (volumeId.isEmpty() || other.isEmpty()) {
            return false;
        }
        return volumeId.equals(other) || volumeId.equals("pvc-" + other) || other.equals("pvc-" + volumeId);
    }

    /**
     * Whether the words say the volume itself does not exist (on any gRPC code: EBS reports
     * {@code InvalidVolume.NotFound} under {@code Internal}). Never true when they say a node
     * or an instance is missing.
     */
    public boolean isVolumeNotFound() {
        return MISSING_VOLUME.equals(missing);
    }

    /** Whether the words say the node or cloud instance the volume was to attach to does not exist. */
    public boolean isNodeNotFound() {
        return MISSING_NODE.equals(missing);
    }

    /**
     * Whether the words say the attach failed because the node (the cloud instance) already has
     * as many volumes attached as its limit allows; see {@link AttachLimitWords}.
     */
    public boolean isAttachLimitExceeded() {
        return AttachLimitWords.sayLimitReached(operation, code, description);
    }

    /** Whether the call timed out. */
    public boolean isTimeout() {
        return "DeadlineExceeded".equals(code);
    }
}
