package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A claim asks for a volume whose claim reference names another claim object: the
 * PersistentVolume controller's {@code FailedBinding} event "volume "X" already bound to a
 * different claim." (printed for a claim that carries the controller's bound-by annotation, as a
 * claim restored from a backup does).
 *
 * @param claim the claim that asks for the volume
 * @param volume the PersistentVolume it asks for
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record VolumeBoundToOtherClaim(ObjectRef claim, String volume, int count, Instant time, Evidence evidence) {
}
