package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A claim waiting for an external provisioner: the PersistentVolume controller's
 * {@code ExternalProvisioning} event, in both wordings Kubernetes has printed ("waiting for a
 * volume to be created, either by external provisioner "X" or manually created by system
 * administrator", and since 1.28 "Waiting for a volume to be created either by the external
 * provisioner 'X' or manually by the system administrator. If volume creation is delayed, please
 * verify that the provisioner is running and correctly registered."). The controller repeats it
 * while the claim waits, whether or not a provisioner is at work.
 *
 * @param claim the waiting claim
 * @param provisioner the provisioner the claim waits for, for example {@code nfs.csi.k8s.io}
 * @param count how often the event was reported
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record ExternalProvisioningWait(ObjectRef claim, String provisioner, int count, Instant time,
        Evidence evidence) {
}
