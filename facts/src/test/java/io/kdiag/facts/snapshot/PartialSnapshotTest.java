package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Workload;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a partial or odd snapshot still establishes, and what it warns about: ReplicaSets from
 * their pods, plain logs' pods and containers, clocks in the future, kinds in the wrong group.
 */
class PartialSnapshotTest {

    @TempDir
    Path folder;

    private static final String PROVISIONER_POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p
              namespace: rook-ceph
              labels:
                pod-template-hash: %s
              ownerReferences:
              - apiVersion: apps/v1
                kind: ReplicaSet
                name: csi-rbdplugin-provisioner-6b8f9c7d5
                controller: true
            spec:
              containers:
              - name: csi-provisioner
                image: registry.k8s.io/sig-storage/csi-provisioner:v5.1.0
              - name: csi-rbdplugin
                image: quay.io/cephcsi/cephcsi:v3.12.2
            """;

    @Test
    void aPodsOwnerReferenceAndTemplateHashEstablishTheReplicaSetsDeployment() {
        Inputs.write(folder.resolve("pods.yaml"), PROVISIONER_POD.formatted("6b8f9c7d5"));

        Snapshot snapshot = Inputs.load(folder);

        Workload replicaSet = facts(snapshot, Workload.class).get(0);
        assertThat(replicaSet.ref()).isEqualTo(new ObjectRef("ReplicaSet", "rook-ceph", "csi-rbdplugin-provisioner-6b8f9c7d5"));
        assertThat(replicaSet.ownerName()).isEqualTo("csi-rbdplugin-provisioner");
        assertThat(replicaSet.isInferred()).isTrue();
        assertThat(replicaSet.establishedBy()).contains("pod-template-hash=6b8f9c7d5");
        assertThat(replicaSet.source()).isEqualTo(folder.resolve("pods.yaml") + ":1");
        assertThat(snapshot.counts()).doesNotContainKey("ReplicaSet");
    }

    @Test
    void aHashThatIsNotTheReplicaSetsSuffixEstablishesNothing() {
        Inputs.write(folder.resolve("pods.yaml"), PROVISIONER_POD.formatted("5c7d8e9f0"));

        assertThat(facts(Inputs.load(folder), Workload.class)).isEmpty();
    }

    @Test
    void aPlainLogIsAttributedToThePodItsPathNamesAndTheContainerItsLinesName() {
        Inputs.write(folder.resolve("pods.yaml"), PROVISIONER_POD.formatted("6b8f9c7d5"));
        Path log = folder.resolve("logs/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/sidecar.log");
        Inputs.write(log, "I1103 19:00:00.000000       1 csi-provisioner.go:154] Version: v5.1.0\n"
                + "E1103 19:31:40.482113       1 controller.go:957] error syncing claim: rpc error: code = Aborted"
                + " desc = an operation with the given Volume ID pvc-1 already exists\n");

        Snapshot snapshot = Inputs.load(folder);

        assertThat(facts(snapshot, LogLine.class)).allSatisfy(line -> {
            assertThat(line.pod()).isEqualTo(new ObjectRef("Pod", "rook-ceph", "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p"));
            assertThat(line.container()).isEqualTo("csi-provisioner");
        });
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message).contains(
                "read as the log of pod rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p, container csi-provisioner:"
                        + " its path names pod rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p; its lines come from"
                        + " csi-provisioner.go, which csi-provisioner logs");
    }

    @Test
    void aPlainLogOfTheOnlyProvisionerIsAttributedToItsPod() {
        Inputs.write(folder.resolve("pods.yaml"), PROVISIONER_POD.formatted("6b8f9c7d5"));
        Inputs.write(folder.resolve("csi-provisioner.log"),
                "I1103 19:00:00.000000       1 csi-provisioner.go:154] Version: v5.1.0\n");

        Snapshot snapshot = Inputs.load(folder);

        assertThat(facts(snapshot, LogLine.class)).singleElement()
                .satisfies(line -> assertThat(line.pod().name()).isEqualTo("csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p"));
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message).filteredOn(m -> m.startsWith("read as"))
                .singleElement().asString().contains("is the only pod in the snapshot that runs a csi-provisioner container")
                .contains("its file name names container csi-provisioner");
    }

    @Test
    void anObjectStampedCenturiesAheadIsWarnedAndNeverTheCaptureTime() {
        Inputs.write(folder.resolve("pods.yaml"), Inputs.pod("today"));
        Inputs.write(folder.resolve("skewed.yaml"), Inputs.pod("skewed").replace("2025-11-03T19:10:12Z", "2999-01-01T00:00:00Z"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:10:12Z"));
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).isEqualTo(folder.resolve("skewed.yaml") + ":1");
            assertThat(w.message()).contains("is stamped 2999-01-01T00:00:00Z").contains("clock skew");
        });
    }

    @Test
    void anObjectWhoseApiVersionDoesNotServeItsKindIsNotReadAsThatKind() {
        Inputs.write(folder.resolve("pods.yaml"), Inputs.pod("real") + "---\n"
                + "apiVersion: example.com/v1\nkind: Pod\nmetadata:\n  name: custom\n");

        Snapshot snapshot = Inputs.load(folder);

        assertThat(Inputs.podNames(snapshot)).containsExactly("real");
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.unread()).isTrue();
            assertThat(w.message()).startsWith("Pod custom has apiVersion example.com/v1, which does not serve Pod");
        });
    }

    private static <T> List<T> facts(Snapshot snapshot, Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
