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
 *     claim whose provisioning failed (see {@link #refersTo})
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
        ObjectRef subject,
        Instant time,
        Evidence evidence) {

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
        if (volumeId.isEmpty() || volume == null || volume.isEmpty()) {
            return false;
        }
        return volumeId.equals(volume) || volumeId.equals("pvc-" + volume) || volume.equals("pvc-" + volumeId);
    }

    /** Whether the call timed out. */
    public boolean isTimeout() {
        return "DeadlineExceeded".equals(code);
    }
}
