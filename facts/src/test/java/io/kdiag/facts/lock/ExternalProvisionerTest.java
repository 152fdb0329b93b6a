package io.kdiag.facts.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.Pod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalProvisionerTest {

    static Pod podWith(Container... containers) {
        return new Pod("rook-ceph", "csi-rbdplugin-provisioner-0", "uid", "worker-1", "Running", List.of(), List.of(),
                Map.of(), null, Instant.parse("2025-10-20T04:31:09Z"), null, 30L, List.of(), true, List.of(),
                List.of(containers), "cluster.yaml:1");
    }

    @Test
    void theUpstreamContainerNameIsEnough() {
        assertThat(ExternalProvisioner.runsIn(podWith(
                new Container("csi-provisioner", "quay.io/cephcsi/cephcsi:v3.12.2", List.of())))).isTrue();
    }

    @Test
    void aRenamedSidecarIsFoundByItsImage() {
        assertThat(ExternalProvisioner.runsIn(podWith(
                new Container("csi-external-provisioner", "quay.io/k8scsi/csi-provisioner:v1.1.0", List.of()),
                new Container("csi-rbdplugin", "quay.io/cephcsi/cephcsi:v1.2.2", List.of())))).isTrue();
        assertThat(ExternalProvisioner.runsIn(podWith(new Container("provisioner",
                "cgr.dev/chainguard/kubernetes-csi-external-provisioner:latest", List.of())))).isTrue();
        assertThat(ExternalProvisioner.runsIn(podWith(new Container("provisioner",
                "registry.redhat.io/openshift4/ose-csi-external-provisioner-rhel9@sha256:"
                        + "591720c7e2301931e160cf1280c6b55bba9de1fe6a38545de09e05be38c50fc1", List.of())))).isTrue();
    }

    @Test
    void aProvisionerContainerOnACsiSocketIsFoundByItsArguments() {
        assertThat(ExternalProvisioner.runsIn(podWith(new Container("provisioner",
                "registry.example.internal/storage/sidecar:5.0.1", List.of("--csi-address=$(ADDRESS)", "--v=2"))))).isTrue();
    }

    @Test
    void otherSidecarsAndTheDriverAreNot() {
        assertThat(ExternalProvisioner.runsIn(podWith(
                new Container("csi-snapshotter", "registry.k8s.io/sig-storage/csi-snapshotter:v8.0.1",
                        List.of("--csi-address=$(ADDRESS)")),
                new Container("csi-attacher", "registry.k8s.io/sig-storage/csi-attacher:v4.6.1", List.of("--csi-address=$(ADDRESS)")),
                new Container("csi-rbdplugin", "quay.io/cephcsi/cephcsi:v3.12.2", List.of("--controllerserver=true"))))).isFalse();
    }

    @Test
    void theDriverComesFromTheProvisionerArgumentWhenThereIsOne() {
        assertThat(ExternalProvisioner.driverArgument(podWith(new Container("csi-external-provisioner",
                "quay.io/k8scsi/csi-provisioner:v1.1.0", List.of("--v=5", "--provisioner=com.openstorage.pxd",
                        "--csi-address=$(ADDRESS)"))))).isEqualTo("com.openstorage.pxd");
        assertThat(ExternalProvisioner.driverArgument(podWith(new Container("csi-provisioner",
                "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1", List.of("--csi-address=$(ADDRESS)"))))).isEmpty();
    }

    @Test
    void anEventIsTheProvisionerPodsWhenItsHostAndDriverAgree() {
        Pod portworx = podWith(new Container("csi-external-provisioner", "quay.io/k8scsi/csi-provisioner:v1.1.0",
                List.of("--provisioner=com.openstorage.pxd")));
        Pod noArgument = podWith(new Container("csi-provisioner", "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1",
                List.of("--csi-address=$(ADDRESS)")));
        String pxd = "com.openstorage.pxd_csi-rbdplugin-provisioner-0_0f3b1c9e-5d7a-4c1e-9b2f-6a8d4e7c1b20";
        String rbd = "rook-ceph.rbd.csi.ceph.com_csi-rbdplugin-provisioner-0_0f3b1c9e-5d7a-4c1e-9b2f-6a8d4e7c1b20";
        assertThat(ExternalProvisioner.reportsAs(portworx, pxd)).isTrue();
        assertThat(ExternalProvisioner.reportsAs(portworx, rbd)).as("same pod name, another driver").isFalse();
        assertThat(ExternalProvisioner.reportsAs(noArgument, rbd)).isTrue();
        assertThat(ExternalProvisioner.reportsAs(noArgument, "rook-ceph.rbd.csi.ceph.com_other-pod_uuid")).isFalse();
        assertThat(ExternalProvisioner.reportsAs(noArgument, "csi-snapshotter rook-ceph.rbd.csi.ceph.com")).isFalse();
        Pod rbdPlugin = podWith(new Container("csi-provisioner", "registry.k8s.io/sig-storage/csi-provisioner:v5.0.1",
                List.of("--csi-address=$(ADDRESS)")), new Container("csi-rbdplugin", "quay.io/cephcsi/cephcsi:v3.12.2",
                List.of("--type=rbd", "--controllerserver=true", "--drivername=rook-ceph.rbd.csi.ceph.com")));
        assertThat(ExternalProvisioner.reportsAs(rbdPlugin, rbd)).isTrue();
        assertThat(ExternalProvisioner.reportsAs(rbdPlugin, pxd)).as("the driver container names another driver").isFalse();
    }
}
