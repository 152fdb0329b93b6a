package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A claim that names no StorageClass found no volume to bind: the PersistentVolume controller's
 * {@code FailedBinding} event "no persistent volumes available for this claim and no storage class
 * is set". Nothing will provision a volume for it.
 *
 * @param claim the claim
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record NoStorageClassSet(ObjectRef claim, int count, Instant time, Evidence evidence) {
}
