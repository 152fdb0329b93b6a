package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.ExternalProvisioningWait;
import io.kdiag.facts.signal.NoStorageClassSet;
import io.kdiag.facts.signal.ProvisionerActivity;
import io.kdiag.facts.signal.StorageClassNotFound;
import io.kdiag.facts.signal.VolumeBoundToOtherClaim;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PersistentVolume controller's and external provisioners' words about claims, as clusters print them. */
class ClaimSignalsTest {

    private static final ObjectRef CLAIM = new ObjectRef("PersistentVolumeClaim", "apps", "data-0");

    private static Event event(String reason, String component, String message) {
        return new Event("apps", "data-0.17f3", "Normal", reason, message, CLAIM, 14,
                Instant.parse("2025-11-03T19:00:00Z"), Instant.parse("2025-11-03T19:10:00Z"), component, "events.yaml:7");
    }

    private static <T> List<T> signals(Event event, Class<T> type) {
        return ClaimSignals.recognise(event).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // kubernetes before 1.28 (rook/rook#4896, hetznercloud/csi-driver#188)
        "waiting for a volume to be created, either by external provisioner \"rook-ceph.cephfs.csi.ceph.com\" or manually created by system administrator|rook-ceph.cephfs.csi.ceph.com",
        // kubernetes 1.28 and later (red-hat-storage/ocs-ci#11593)
        "Waiting for a volume to be created either by the external provisioner 'openshift-storage.rbd.csi.ceph.com' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.|openshift-storage.rbd.csi.ceph.com"})
    void bothExternalProvisioningWordingsNameTheProvisioner(String message, String provisioner) {
        ExternalProvisioningWait wait = signals(event("ExternalProvisioning", "persistentvolume-controller", message),
                ExternalProvisioningWait.class).get(0);
        assertThat(wait.provisioner()).isEqualTo(provisioner);
        assertThat(wait.claim()).isEqualTo(CLAIM);
        assertThat(wait.count()).isEqualTo(14);
        assertThat(wait.evidence().source()).isEqualTo("events.yaml:7");
    }

    @Test
    void aMissingClassIsNamed() {
        StorageClassNotFound missing = signals(event("ProvisioningFailed", "persistentvolume-controller",
                "storageclass.storage.k8s.io \"fast\" not found"), StorageClassNotFound.class).get(0);
        assertThat(missing.storageClass()).isEqualTo("fast");
    }

    @Test
    void aClaimWithNoClassAndNoVolumeIsRecognised() {
        assertThat(signals(event("FailedBinding", "persistentvolume-controller",
                "no persistent volumes available for this claim and no storage class is set"), NoStorageClassSet.class))
                .hasSize(1);
    }

    @Test
    void aVolumeBoundToAnotherClaimIsNamed() {
        VolumeBoundToOtherClaim bound = signals(event("FailedBinding", "persistentvolume-controller",
                "volume \"test-pv\" already bound to a different claim."), VolumeBoundToOtherClaim.class).get(0);
        assertThat(bound.volume()).isEqualTo("test-pv");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rook-ceph.cephfs.csi.ceph.com_csi-cephfsplugin-provisioner-598854d87f-jskc5_c3095dae-28b8-4585-9c42-cc756cfe832a|rook-ceph.cephfs.csi.ceph.com|csi-cephfsplugin-provisioner-598854d87f-jskc5",
        "dobs.csi.digitalocean.com_master-ionedev-beook_e76a0359-480f-11e9-a030-229fa05727f2|dobs.csi.digitalocean.com|master-ionedev-beook",
        "local.net/nfs nfs-provisioner-0 07729f15-a8f2-11e7-9b4b-d61a662c2538|local.net/nfs|nfs-provisioner-0"})
    void theProvisionersIdentityNamesItsDriverAndPod(String component, String provisioner, String host) {
        ProvisionerActivity activity = signals(event("ProvisioningFailed", component,
                "failed to provision volume with StorageClass \"rook-cephfs\": rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
                ProvisionerActivity.class).get(0);
        assertThat(activity.provisioner()).isEqualTo(provisioner);
        assertThat(activity.host()).isEqualTo(host);
        assertThat(activity.reason()).isEqualTo("ProvisioningFailed");
    }

    @Test
    void waitingForTheFirstConsumerIsNoSignal() {
        assertThat(ClaimSignals.recognise(event("WaitForFirstConsumer", "persistentvolume-controller",
                "waiting for first consumer to be created before binding"))).isEmpty();
    }

    @Test
    void eventsAboutOtherKindsAreNotClaimSignals() {
        Event onPod = new Event("apps", "p.1", "Normal", "ExternalProvisioning",
                "waiting for a volume to be created, either by external provisioner \"x\" or manually created by system administrator",
                new ObjectRef("Pod", "apps", "p"), 1, null, null, "persistentvolume-controller", "events.yaml:1");
        assertThat(ClaimSignals.recognise(onPod)).isEmpty();
    }
}
