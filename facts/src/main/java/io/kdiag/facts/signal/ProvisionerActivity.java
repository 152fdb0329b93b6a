package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * An external provisioner at work on a claim: an event ({@code Provisioning},
 * {@code ProvisioningFailed}, {@code ProvisioningSucceeded}, ...) that the provisioner itself
 * recorded. Its reporting component is the provisioner's identity, {@code <driver>_<host>_<uuid>}
 * ({@code <driver> <host> <uuid>} in old releases), where the host is the pod the provisioner
 * runs in: "rook-ceph.cephfs.csi.ceph.com_csi-cephfsplugin-provisioner-598854d87f-jskc5_c3095dae-...".
 *
 * @param provisioner the provisioner (driver) name
 * @param host the pod (or host) it ran in, as its identity names it
 * @param claim the claim the event is about
 * @param reason the event's reason
 * @param time when it was last reported, or {@code null}
 * @param evidence the event it was read from
 */
public record ProvisionerActivity(String provisioner, String host, ObjectRef claim, String reason, Instant time,
        Evidence evidence) {
}
