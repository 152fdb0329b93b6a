package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Container;
import io.kdiag.facts.PersistentVolume;
import io.kdiag.facts.PersistentVolumeClaim;
import io.kdiag.facts.Pod;
import io.kdiag.facts.StorageClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StorageClasses, and the claim, volume and container fields the storage playbooks read. */
class StorageFieldsMapperTest {

    @TempDir
    Path dir;

    private <T> List<T> facts(String text, Class<T> type) throws Exception {
        Path file = dir.resolve("objects.yaml");
        Files.writeString(file, text);
        return new SnapshotLoader().load(List.of(file)).facts().stream()
                .filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aStorageClassKeepsItsProvisionerDefaultAndModes() throws Exception {
        List<StorageClass> classes = facts("""
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: ceph-block
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "true"
                provisioner: rook-ceph.rbd.csi.ceph.com
                reclaimPolicy: Retain
                allowVolumeExpansion: true
                volumeBindingMode: WaitForFirstConsumer
                ---
                apiVersion: storage.k8s.io/v1
                kind: StorageClass
                metadata:
                  name: local
                  annotations:
                    storageclass.kubernetes.io/is-default-class: "false"
                provisioner: kubernetes.io/no-provisioner
                """, StorageClass.class);
        StorageClass block = classes.get(0);
        assertThat(block.defaultClass()).isTrue();
        assertThat(block.provisioner()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(block.reclaimPolicy()).isEqualTo("Retain");
        assertThat(block.allowVolumeExpansion()).isTrue();
        assertThat(block.isWaitForFirstConsumer()).isTrue();
        assertThat(block.isDynamic()).isTrue();
        StorageClass local = classes.get(1);
        assertThat(local.defaultClass()).isFalse();
        assertThat(local.isDynamic()).isFalse();
        assertThat(local.allowVolumeExpansion()).isNull();
        assertThat(local.volumeBindingMode()).isEmpty();
    }

    @Test
    void aClaimTellsAnUnsetClassFromAnEmptyOneAndKeepsItsProvisionerAndConditions() throws Exception {
        List<PersistentVolumeClaim> claims = facts("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: unset, namespace: apps}
                spec: {accessModes: [ReadWriteOnce]}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: empty, namespace: apps}
                spec: {storageClassName: ""}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: beta
                  namespace: apps
                  annotations:
                    volume.beta.kubernetes.io/storage-class: fast
                    volume.beta.kubernetes.io/storage-provisioner: rook-ceph.rbd.csi.ceph.com
                spec: {}
                status:
                  phase: Bound
                  conditions:
                  - type: FileSystemResizePending
                    status: "True"
                    message: Waiting for user to (re-)start a pod to finish file system resize of volume on node.
                """, PersistentVolumeClaim.class);
        assertThat(claims.get(0).storageClassSet()).isFalse();
        assertThat(claims.get(0).wantsDefaultClass()).isTrue();
        assertThat(claims.get(1).storageClassSet()).isTrue();
        assertThat(claims.get(1).storageClassName()).isEmpty();
        assertThat(claims.get(2).storageClassName()).isEqualTo("fast");
        assertThat(claims.get(2).storageProvisioner()).isEqualTo("rook-ceph.rbd.csi.ceph.com");
        assertThat(claims.get(2).hasCondition("FileSystemResizePending")).isTrue();
        assertThat(claims.get(2).conditions().get(0).message()).startsWith("Waiting for user");
    }

    @Test
    void aVolumeKeepsTheUidOfItsClaimReference() throws Exception {
        PersistentVolume volume = facts("""
                apiVersion: v1
                kind: PersistentVolume
                metadata:
                  name: test-pv
                  finalizers: [kubernetes.io/pv-protection]
                spec:
                  claimRef: {namespace: default, name: test-pvc, uid: 5d6e3b0a-1c1f-4f0e-9a53-0b6c1e2f3a4b}
                  persistentVolumeReclaimPolicy: Retain
                status: {phase: Released}
                """, PersistentVolume.class).get(0);
        assertThat(volume.claimUid()).isEqualTo("5d6e3b0a-1c1f-4f0e-9a53-0b6c1e2f3a4b");
        assertThat(volume.finalizers()).containsExactly("kubernetes.io/pv-protection");
        assertThat(volume.deletionTimestamp()).isNull();
    }

    @Test
    void aContainerKeepsItsArgumentsAndState() throws Exception {
        Pod pod = facts("""
                apiVersion: v1
                kind: Pod
                metadata: {name: hcloud-csi-controller-0, namespace: kube-system}
                spec:
                  containers:
                  - name: csi-provisioner
                    image: quay.io/k8scsi/csi-provisioner:v1.6.0
                    args: [--provisioner=csi.hetzner.cloud, --csi-address=/run/csi/socket]
                  - name: hcloud-csi-driver
                    image: hetznercloud/hcloud-csi-driver:1.5.1
                status:
                  phase: Running
                  containerStatuses:
                  - name: csi-provisioner
                    ready: false
                    restartCount: 27
                    state: {waiting: {reason: CrashLoopBackOff}}
                    lastState: {terminated: {reason: Error, exitCode: 255}}
                """, Pod.class).get(0);
        Container provisioner = pod.container("csi-provisioner").orElseThrow();
        assertThat(provisioner.declaredDriver()).isEqualTo("csi.hetzner.cloud");
        assertThat(provisioner.argument("--csi-address")).isEqualTo("/run/csi/socket");
        assertThat(provisioner.argument("--drivername")).isEmpty();
        assertThat(provisioner.imageName()).isEqualTo("csi-provisioner");
        assertThat(provisioner.state()).isEqualTo("waiting");
        assertThat(provisioner.reason()).isEqualTo("CrashLoopBackOff");
        assertThat(provisioner.restartCount()).isEqualTo(27);
        assertThat(provisioner.lastTerminationReason()).isEqualTo("Error");
        assertThat(provisioner.isRunningAndReady()).isFalse();
        Container driver = pod.container("hcloud-csi-driver").orElseThrow();
        assertThat(driver.state()).isEmpty();
        assertThat(driver.args()).isEmpty();
    }
}
