package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A claim names a StorageClass that does not exist: the PersistentVolume controller's
 * {@code ProvisioningFailed} event "storageclass.storage.k8s.io "fast" not found".
 *
 * @param claim the claim that names the class
 * @param storageClass the class it names
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record StorageClassNotFound(ObjectRef claim, String storageClass, int count, Instant time, Evidence evidence) {
}
