package io.kdiag.facts.lock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportingComponentTest {

    private static final String COMPONENT =
            "rook-ceph.rbd.csi.ceph.com_csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p_a6955c6f-f1e6-e17c-beb4-e17d0221a860";

    @Test
    void theExternalProvisionerReportsAsDriverHostUuid() {
        assertThat(ReportingComponent.provisionerHost(COMPONENT)).isEqualTo("csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p");
        assertThat(ReportingComponent.provisionerDriver(COMPONENT, "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p"))
                .isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(ReportingComponent.provisionerDriver(COMPONENT, "csi-rbdplugin-provisioner-6b8f9c7d5-9tq7m")).isEmpty();
    }

    @Test
    void otherComponentsNameNoProvisionerHost() {
        assertThat(ReportingComponent.provisionerHost("snapshot-controller")).isEmpty();
        assertThat(ReportingComponent.provisionerHost("attachdetach-controller")).isEmpty();
        assertThat(ReportingComponent.provisionerHost("external-provisioner")).isEmpty();
        assertThat(ReportingComponent.provisionerHost("csi-snapshotter rook-ceph.rbd.csi.ceph.com")).isEmpty();
    }

    @Test
    void theSnapshotterReportsAsItsDriver() {
        assertThat(ReportingComponent.snapshotterDriver("csi-snapshotter rook-ceph.rbd.csi.ceph.com"))
                .isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(ReportingComponent.snapshotterDriver("snapshot-controller")).isEmpty();
        assertThat(ReportingComponent.snapshotterDriver(COMPONENT)).isEmpty();
    }
}
