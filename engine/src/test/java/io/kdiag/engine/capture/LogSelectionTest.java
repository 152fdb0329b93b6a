package io.kdiag.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachmentBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogSelectionTest {

    private static final Pod CONTROLLER = pod("rook-ceph", "csi-rbdplugin-provisioner-0", "worker-1",
            "registry.k8s.io/sig-storage/csi-provisioner:v5.1.0", "quay.io/cephcsi/cephcsi:v3.12.0");
    private static final Pod PLUGIN_1 = pod("rook-ceph", "csi-rbdplugin-a", "worker-1",
            "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1", "quay.io/cephcsi/cephcsi:v3.12.0");
    private static final Pod PLUGIN_2 = pod("rook-ceph", "csi-rbdplugin-b", "worker-2",
            "registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.11.1", "quay.io/cephcsi/cephcsi:v3.12.0");
    private static final Pod APP = pod("media", "sonarr-0", "worker-2", "lscr.io/linuxserver/sonarr:4");

    @Test
    void everyContainerOfACsiControllerIsReadButNodePluginsOnlyOnNodesInTrouble() {
        List<LogSelection.Wanted> wanted = LogSelection.select(List.of(APP, PLUGIN_2, PLUGIN_1, CONTROLLER),
                List.of(node("worker-1", "True"), node("worker-2", "True")), List.of(), List.of());

        assertThat(wanted).containsExactly(
                new LogSelection.Wanted("rook-ceph", "csi-rbdplugin-provisioner-0", "c0", "CSI controller"),
                new LogSelection.Wanted("rook-ceph", "csi-rbdplugin-provisioner-0", "c1", "CSI controller"));
    }

    @Test
    void aNodeNotReadyMakesItsPluginLogsRead() {
        List<LogSelection.Wanted> wanted = LogSelection.select(List.of(PLUGIN_1, PLUGIN_2),
                List.of(node("worker-1", "True"), node("worker-2", "Unknown")), List.of(), List.of());

        assertThat(wanted).extracting(LogSelection.Wanted::pod).containsOnly("csi-rbdplugin-b");
        assertThat(wanted).extracting(LogSelection.Wanted::reason).containsOnly("CSI node plugin on node worker-2");
    }

    @Test
    void anAttachErrorOrAFailedMountOnANodeMakesItsPluginLogsRead() {
        VolumeAttachment failing = new VolumeAttachmentBuilder().withNewMetadata().withName("csi-3b1f").endMetadata()
                .withNewSpec().withAttacher("rook-ceph.rbd.csi.ceph.com").withNodeName("worker-1").endSpec()
                .withNewStatus().withAttached(false).withNewAttachError().withMessage("rpc error: code = NotFound")
                .endAttachError().endStatus().build();
        List<Node> ready = List.of(node("worker-1", "True"), node("worker-2", "True"));
        assertThat(LogSelection.select(List.of(PLUGIN_1, PLUGIN_2), ready, List.of(failing), List.of()))
                .extracting(LogSelection.Wanted::pod).containsOnly("csi-rbdplugin-a");

        Event failedMount = new EventBuilder().withNewMetadata().withNamespace("media").withName("sonarr-0.17f3").endMetadata()
                .withReason("FailedMount").withNewInvolvedObject().withKind("Pod").withNamespace("media")
                .withName("sonarr-0").endInvolvedObject().build();
        assertThat(LogSelection.select(List.of(PLUGIN_1, PLUGIN_2, APP), ready, List.of(), List.of(failedMount)))
                .extracting(LogSelection.Wanted::pod).containsOnly("csi-rbdplugin-b");
    }

    @Test
    void kubeControllerManagerIsReadWhereTheClusterShowsIt() {
        Pod manager = new PodBuilder(pod("kube-system", "kube-controller-manager-cp-1", "cp-1",
                "registry.k8s.io/kube-controller-manager:v1.31.4"))
                .editMetadata().addToLabels("component", "kube-controller-manager").endMetadata().build();
        Pod lookalike = new PodBuilder(manager).editMetadata().withNamespace("tools").endMetadata().build();

        assertThat(LogSelection.select(List.of(manager, lookalike), List.of(), List.of(), List.of()))
                .containsExactly(new LogSelection.Wanted("kube-system", "kube-controller-manager-cp-1", "c0",
                        "kube-controller-manager"));
    }

    @Test
    void imageNamesLoseTheirRegistryTagAndDigest() {
        assertThat(LogSelection.imageName("registry.k8s.io/sig-storage/csi-attacher:v4.6.1")).isEqualTo("csi-attacher");
        assertThat(LogSelection.imageName("csi-resizer@sha256:0123")).isEqualTo("csi-resizer");
        assertThat(LogSelection.imageName("localhost:5000/csi-snapshotter")).isEqualTo("csi-snapshotter");
        assertThat(LogSelection.imageName(null)).isEmpty();
    }

    private static Pod pod(String namespace, String name, String node, String... images) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withNamespace(namespace).withName(name).endMetadata();
        var spec = pod.withNewSpec().withNodeName(node);
        for (int i = 0; i < images.length; i++) {
            spec.addNewContainer().withName("c" + i).withImage(images[i]).endContainer();
        }
        return spec.endSpec().build();
    }

    private static Node node(String name, String ready) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready).endCondition().endStatus().build();
    }
}
