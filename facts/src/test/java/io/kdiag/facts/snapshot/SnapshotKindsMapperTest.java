package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Pod;
import io.kdiag.facts.ReplicationDestination;
import io.kdiag.facts.Container;
import io.kdiag.facts.VolumeSnapshot;
import io.kdiag.facts.VolumeSnapshotClass;
import io.kdiag.facts.VolumeSnapshotContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds read as generic resources (VolumeSnapshot, VolumeSnapshotContent, VolumeSnapshotClass,
 * ReplicationDestination), and pod containers.
 */
class SnapshotKindsMapperTest {

    @TempDir
    Path dir;

    private Snapshot load(String text) throws Exception {
        Path file = dir.resolve("objects.yaml");
        Files.writeString(file, text);
        return new SnapshotLoader().load(List.of(file));
    }

    private static <T> List<T> facts(Snapshot snapshot, Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aVolumeSnapshotOfADeletedClaimKeepsItsSourceReadinessAndError() throws Exception {
        Snapshot snapshot = load("""
                apiVersion: snapshot.storage.k8s.io/v1
                kind: VolumeSnapshot
                metadata:
                  name: volsync-home-assistant-src
                  namespace: home
                  creationTimestamp: "2025-11-02T03:00:12Z"
                spec:
                  source:
                    persistentVolumeClaimName: home-assistant
                  volumeSnapshotClassName: csi-ceph-blockpool
                status:
                  boundVolumeSnapshotContentName: snapcontent-4dd4863e
                  readyToUse: false
                  error:
                    message: 'failed to take snapshot of the volume 0001-0009-rook-ceph-x: "rpc error: code = DeadlineExceeded desc = context deadline exceeded"'
                """);
        VolumeSnapshot s = facts(snapshot, VolumeSnapshot.class).get(0);
        assertThat(s.ref()).isEqualTo(new ObjectRef("VolumeSnapshot", "home", "volsync-home-assistant-src"));
        assertThat(s.sourceClaimName()).isEqualTo("home-assistant");
        assertThat(s.isFromClaim()).isTrue();
        assertThat(s.readyToUse()).isFalse();
        assertThat(s.isReady()).isFalse();
        assertThat(s.boundContentName()).isEqualTo("snapcontent-4dd4863e");
        assertThat(s.snapshotClassName()).isEqualTo("csi-ceph-blockpool");
        assertThat(s.errorMessage()).contains("DeadlineExceeded");
        assertThat(s.creationTimestamp()).isEqualTo(Instant.parse("2025-11-02T03:00:12Z"));
        assertThat(s.deletionTimestamp()).isNull();
    }

    @Test
    void aPreProvisionedSnapshotWithNoStatusYetIsNeitherFromAClaimNorKnownReady() throws Exception {
        VolumeSnapshot s = facts(load("""
                apiVersion: snapshot.storage.k8s.io/v1
                kind: VolumeSnapshot
                metadata: {name: imported, namespace: db}
                spec:
                  source: {volumeSnapshotContentName: imported-content}
                """), VolumeSnapshot.class).get(0);
        assertThat(s.isFromClaim()).isFalse();
        assertThat(s.sourceContentName()).isEqualTo("imported-content");
        assertThat(s.readyToUse()).isNull();
        assertThat(s.isReady()).isFalse();
        assertThat(s.errorMessage()).isEmpty();
    }

    @Test
    void aReadyToUseThatIsNotABooleanIsAWarningAndTheNextObjectIsStillRead() throws Exception {
        Snapshot snapshot = load("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: snapshot.storage.k8s.io/v1
                  kind: VolumeSnapshot
                  metadata: {name: broken, namespace: db}
                  status: {readyToUse: "yes"}
                - apiVersion: snapshot.storage.k8s.io/v1
                  kind: VolumeSnapshot
                  metadata: {name: fine, namespace: db}
                  status: {readyToUse: true}
                """);
        assertThat(facts(snapshot, VolumeSnapshot.class)).extracting(VolumeSnapshot::name).containsExactly("fine");
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).endsWith("objects.yaml:4");
            assertThat(w.message()).contains("VolumeSnapshot broken").contains("status.readyToUse is not a boolean");
        });
    }

    @Test
    void aVolumeSnapshotContentNamesItsSourceVolumeAndItsSnapshot() throws Exception {
        VolumeSnapshotContent c = facts(load("""
                apiVersion: snapshot.storage.k8s.io/v1
                kind: VolumeSnapshotContent
                metadata: {name: snapcontent-4dd4863e, creationTimestamp: "2025-11-02T03:00:12Z"}
                spec:
                  deletionPolicy: Delete
                  driver: rook-ceph.rbd.csi.ceph.com
                  source: {volumeHandle: 0001-0009-rook-ceph-0000000000000002-746ea3cc}
                  volumeSnapshotRef: {kind: VolumeSnapshot, name: volsync-home-assistant-src, namespace: home}
                status: {readyToUse: false}
                """), VolumeSnapshotContent.class).get(0);
        assertThat(c.ref()).isEqualTo(ObjectRef.cluster("VolumeSnapshotContent", "snapcontent-4dd4863e"));
        assertThat(c.driver()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(c.sourceVolumeHandle()).isEqualTo("0001-0009-rook-ceph-0000000000000002-746ea3cc");
        assertThat(c.snapshotRef()).isEqualTo(new ObjectRef("VolumeSnapshot", "home", "volsync-home-assistant-src"));
        assertThat(c.deletionPolicy()).isEqualTo("Delete");
        assertThat(c.snapshotHandle()).isEmpty();
        assertThat(c.readyToUse()).isFalse();
    }

    @Test
    void aVolumeSnapshotClassNamesItsDriverAndWhetherItIsTheDefault() throws Exception {
        List<VolumeSnapshotClass> classes = facts(load("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: snapshot.storage.k8s.io/v1
                  kind: VolumeSnapshotClass
                  metadata:
                    name: csi-ceph-blockpool
                    annotations: {snapshot.storage.kubernetes.io/is-default-class: "true"}
                  driver: rook-ceph.rbd.csi.ceph.com
                  deletionPolicy: Delete
                - apiVersion: snapshot.storage.k8s.io/v1
                  kind: VolumeSnapshotClass
                  metadata: {name: longhorn-snapshot}
                  driver: driver.longhorn.io
                  deletionPolicy: Retain
                """), VolumeSnapshotClass.class);
        assertThat(classes).extracting(VolumeSnapshotClass::name, VolumeSnapshotClass::driver,
                VolumeSnapshotClass::deletionPolicy, VolumeSnapshotClass::defaultClass).containsExactly(
                org.assertj.core.groups.Tuple.tuple("csi-ceph-blockpool", "rook-ceph.rbd.csi.ceph.com", "Delete", true),
                org.assertj.core.groups.Tuple.tuple("longhorn-snapshot", "driver.longhorn.io", "Retain", false));
        assertThat(classes.get(1).ref()).isEqualTo(ObjectRef.cluster("VolumeSnapshotClass", "longhorn-snapshot"));
    }

    @Test
    void aReplicationDestinationKeepsItsLatestImageAndSynchronizingCondition() throws Exception {
        List<ReplicationDestination> destinations = facts(load("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: volsync.backube/v1alpha1
                  kind: ReplicationDestination
                  metadata: {name: prowlarr-dst, namespace: media}
                  status:
                    lastSyncTime: "2025-11-03T18:42:12Z"
                    latestImage: {apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name: volsync-prowlarr-dst-dest-20251103184212}
                    conditions:
                    - {type: Synchronizing, status: "False", reason: WaitingForManual, message: waiting for manual trigger}
                - apiVersion: volsync.backube/v1alpha1
                  kind: ReplicationDestination
                  metadata: {name: kometa-dst, namespace: media}
                  status:
                    conditions:
                    - {type: Synchronizing, status: "True", reason: SyncInProgress, message: Synchronization in-progress}
                """), ReplicationDestination.class);
        assertThat(destinations).extracting(ReplicationDestination::name, ReplicationDestination::latestImageName,
                        ReplicationDestination::synchronizingStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prowlarr-dst", "volsync-prowlarr-dst-dest-20251103184212", "False"),
                        org.assertj.core.groups.Tuple.tuple("kometa-dst", "", "True"));
        assertThat(destinations.get(0).hasLatestImage()).isTrue();
        assertThat(destinations.get(0).latestImageKind()).isEqualTo("VolumeSnapshot");
        assertThat(destinations.get(0).lastSyncTime()).isEqualTo(Instant.parse("2025-11-03T18:42:12Z"));
        assertThat(destinations.get(1).hasLatestImage()).isFalse();
        assertThat(destinations.get(1).synchronizingMessage()).isEqualTo("Synchronization in-progress");
    }

    @Test
    void aClaimVolSyncCreatedForARestoreIsControlledByItsReplicationDestination() throws Exception {
        io.kdiag.facts.PersistentVolumeClaim claim = facts(load("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: volsync-kometa-dst-dest
                  namespace: media
                  ownerReferences:
                  - {apiVersion: volsync.backube/v1alpha1, kind: ReplicationDestination, name: kometa-dst, uid: 0c1d, controller: true}
                spec: {accessModes: [ReadWriteOnce]}
                status: {phase: Pending}
                """), io.kdiag.facts.PersistentVolumeClaim.class).get(0);
        assertThat(claim.isControlledBy("ReplicationDestination", "kometa-dst")).isTrue();
        assertThat(claim.isControlledBy("ReplicationDestination", "prowlarr-dst")).isFalse();
        assertThat(claim.isControlledBy("StatefulSet", "kometa-dst")).isFalse();
    }

    @Test
    void aPodKeepsItsAppContainerNamesInSpecOrder() throws Exception {
        Pod pod = facts(load("""
                apiVersion: v1
                kind: Pod
                metadata: {name: csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p, namespace: rook-ceph}
                spec:
                  initContainers: [{name: init, image: busybox}]
                  containers:
                  - name: csi-provisioner
                    image: registry.k8s.io/sig-storage/csi-provisioner:v5.0.1@sha256:405a14e1aa702f7ea133cea459e8395fe40a6125c088c55569e696d48e1bd385
                    args: ["--csi-address=$(ADDRESS)", "--v=5", "--timeout=150s"]
                  - {name: csi-snapshotter, image: registry.k8s.io/sig-storage/csi-snapshotter:v8.0.1}
                  - {name: csi-rbdplugin, image: quay.io/cephcsi/cephcsi:v3.12.2}
                """), Pod.class).get(0);
        assertThat(pod.containerNames()).containsExactly("csi-provisioner", "csi-snapshotter", "csi-rbdplugin");
        assertThat(pod.runsContainer("csi-provisioner")).isTrue();
        assertThat(pod.runsContainer("init")).isFalse();
        Container provisioner = pod.containers().get(0);
        assertThat(provisioner.imageName()).isEqualTo("csi-provisioner");
        assertThat(provisioner.args()).containsExactly("--csi-address=$(ADDRESS)", "--v=5", "--timeout=150s");
        assertThat(provisioner.argument("--timeout")).isEqualTo("150s");
        assertThat(provisioner.argument("--provisioner")).isEmpty();
        assertThat(pod.containers().get(2).imageName()).isEqualTo("cephcsi");
    }
}
