package io.kdiag.facts.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.Event;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.CsiDriverNotRegistered;
import io.kdiag.facts.signal.TransportEndpointLost;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeVolumeSignalsTest {

    private static Event event(String kind, String message) {
        return new Event("shop", "e", "Warning", "FailedMount", message, new ObjectRef(kind, "shop", "mysql-0"), 9,
                Instant.parse("2025-11-03T19:00:00Z"), Instant.parse("2025-11-03T19:10:00Z"), "kubelet",
                "events.yaml:1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // ceph/ceph-csi#1479
        "MountVolume.MountDevice failed for volume \"pvc-27b9fd2a-a9e8-413f-9e7e-b3add6f7afcf\" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name rbd.csi.ceph.com not found in the list of registered CSI drivers|rbd.csi.ceph.com|pvc-27b9fd2a-a9e8-413f-9e7e-b3add6f7afcf",
        // hetznercloud/csi-driver#284 (with a trailing full stop)
        "MountVolume.MountDevice failed for volume \"postgres-pv\" : kubernetes.io/csi: attacher.MountDevice failed to create newCsiDriverClient: driver name csi.hetzner.cloud not found in the list of registered CSI drivers.|csi.hetzner.cloud|postgres-pv",
        "kubernetes.io/csi: mounter.SetUpAt failed to get CSI client: driver name org.democratic-csi.nfs not found in the list of registered CSI drivers|org.democratic-csi.nfs|"})
    void theDriverAndTheVolumeAreReadFromTheKubeletsWording(String message, String driver, String volume) {
        CsiDriverNotRegistered signal = NodeVolumeSignals.driverNotRegistered(event("Pod", message)).orElseThrow();

        assertThat(signal.driver()).isEqualTo(driver);
        assertThat(signal.volume()).isEqualTo(volume == null ? "" : volume);
        assertThat(signal.pod()).isEqualTo(new ObjectRef("Pod", "shop", "mysql-0"));
        assertThat(signal.count()).isEqualTo(9);
    }

    @Test
    void onlyEventsAboutPodsAndOnlyThatWordingCount() {
        assertThat(NodeVolumeSignals.driverNotRegistered(event("PersistentVolumeClaim",
                "driver name rbd.csi.ceph.com not found in the list of registered CSI drivers"))).isEmpty();
        assertThat(NodeVolumeSignals.driverNotRegistered(event("Pod",
                "MountVolume.SetUp failed for volume \"data\" : mount failed: exit status 32"))).isEmpty();
    }

    @Test
    void aRegistrarNamesTheDriverByTheFolderOfItsSocket() {
        Container registrar = new Container("driver-registrar", "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1",
                List.of("/csi-node-driver-registrar", "--v=0",
                        "--kubelet-registration-path=/var/lib/kubelet/plugins/rook-ceph.rbd.csi.ceph.com/csi.sock"),
                false, 12, "waiting", "CrashLoopBackOff", "Error");

        assertThat(registrar.registeredDriver()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(new Container("app", "nginx:1.27", List.of("nginx"), true, 0, "running", "", "").registeredDriver()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the rook RBD stage after Ceph blocklisted the node's client
        "MountVolume.MountDevice failed for volume \"pvc-15715c91-3e52-4b47-88dd-8fda2c868ae7\" : rpc error: code = Internal desc = error generating volume 0001-0009-rook-ceph-0000000000000002-3f2a: rados: ret=-108, Cannot send after transport endpoint shutdown|ESHUTDOWN|pvc-15715c91-3e52-4b47-88dd-8fda2c868ae7",
        // yandex-cloud/k8s-csi-s3#133: the container cannot restart on a dead FUSE mount
        "Error: failed to generate container \"16aa862fb1ba\" spec: failed to generate spec: failed to stat \"/var/lib/kubelet/pods/2219aa68-92ca-4535-bc87-84a39bb9cb83/volumes/kubernetes.io~csi/jupyterlab-pv-13784056164704/mount\": stat /var/lib/kubelet/pods/2219aa68-92ca-4535-bc87-84a39bb9cb83/volumes/kubernetes.io~csi/jupyterlab-pv-13784056164704/mount: transport endpoint is not connected|ENOTCONN|jupyterlab-pv-13784056164704"})
    void aLostStorageConnectionIsReadWithItsErrnoAndVolume(String message, String errno, String volume) {
        TransportEndpointLost signal = NodeVolumeSignals.transportEndpointLost(event("Pod", message)).orElseThrow();

        assertThat(signal.errno()).isEqualTo(errno);
        assertThat(signal.isShutdown()).isEqualTo(errno.equals("ESHUTDOWN"));
        assertThat(signal.volume()).isEqualTo(volume);
    }

    @Test
    void aConnectionRefusedIsNotALostTransport() {
        assertThat(NodeVolumeSignals.transportEndpointLost(event("Pod",
                "MountVolume.MountDevice failed for volume \"pvc-1\" : rpc error: code = Unavailable desc = connection error: "
                        + "desc = \"transport: Error while dialing dial unix /var/lib/kubelet/plugins/csi-rclone/csi.sock: "
                        + "connect: connection refused\""))).isEmpty();
    }
}
