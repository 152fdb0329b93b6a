package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A claim handed to an external resizer: the expand controller's {@code ExternalExpanding} event,
 * "waiting for an external controller to expand this PVC" (older releases: "Ignoring the PVC:
 * didn't find a plugin capable of expanding the volume; waiting for an external controller to
 * process this PVC."). The controller records it once, when the claim asks for more storage,
 * and then leaves the claim to the driver's csi-resizer; it names no resizer.
 *
 * @param claim the claim whose resize was handed on
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record ExternalExpansionWait(ObjectRef claim, int count, Instant time, Evidence evidence) {
}
