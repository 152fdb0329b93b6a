package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * The API server refused a change of a claim's size, as whoever tried it reports the answer (an
 * operator's event or log, a GitOps tool): "persistentvolumeclaims "data-0" is forbidden: only
 * dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must
 * support resize" ({@code classForbids}), or a shrink: "spec.resources.requests.storage:
 * Forbidden: field can not be less than previous value" ({@code shrink}; newer releases say
 * "less than status.capacity").
 *
 * @param claimName the claim the answer names, or {@code ""} when it names none
 * @param reason {@code classForbids} or {@code shrink}
 * @param reporter the object whose event or log carried the answer
 * @param time when it was reported, or {@code null}
 * @param evidence the event or log line it was read from
 */
public record ClaimResizeRejected(String claimName, String reason, ObjectRef reporter, Instant time,
        Evidence evidence) {

    /** The class of the claim does not allow expansion, or the claim has no class that provisioned it. */
    public static final String CLASS_FORBIDS = "classForbids";
    /** The claim was asked to shrink. */
    public static final String SHRINK = "shrink";
}
