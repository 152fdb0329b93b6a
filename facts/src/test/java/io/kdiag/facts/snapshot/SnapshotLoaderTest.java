package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kdiag.facts.Event;
import io.kdiag.facts.Node;
import io.kdiag.facts.PersistentVolume;
import io.kdiag.facts.Pod;
import io.kdiag.facts.Taint;
import io.kdiag.facts.VolumeAttachment;
import io.kdiag.facts.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotLoaderTest {

    @TempDir
    Path dir;

    private Snapshot load(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new SnapshotLoader().load(List.of(file));
    }

    private static <T> List<T> facts(Snapshot snapshot, Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void listItemsKeepTheLineTheyStartOn() throws Exception {
        Snapshot snapshot = load("pods.yaml", """
                apiVersion: v1
                items:
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: a, namespace: ns}
                - apiVersion: v1
                  kind: Pod
                  metadata: {name: b, namespace: ns}
                kind: List
                """);
        assertThat(facts(snapshot, Pod.class)).extracting(Pod::name, Pod::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", dir.resolve("pods.yaml") + ":3"),
                        org.assertj.core.groups.Tuple.tuple("b", dir.resolve("pods.yaml") + ":6"));
        assertThat(snapshot.counts()).containsEntry("Pod", 2);
    }

    @Test
    void jsonListsWithItemsBeforeKindAreRead() throws Exception {
        Snapshot snapshot = load("nodes.json", """
                {
                  "apiVersion": "v1",
                  "items": [
                    {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n1"},
                     "spec": {"taints": [{"key": "node.kubernetes.io/unreachable", "effect": "NoExecute"}]},
                     "status": {"conditions": [{"type": "Ready", "status": "Unknown", "reason": "NodeStatusUnknown",
                                                "lastTransitionTime": "2025-10-21T10:31:12Z"}]}}
                  ],
                  "kind": "List"
                }
                """);
        Node node = facts(snapshot, Node.class).get(0);
        assertThat(node.readyStatus()).isEqualTo("Unknown");
        assertThat(node.hasTaint(Taint.UNREACHABLE)).isTrue();
        assertThat(node.isDown()).isTrue();
        assertThat(node.readySince()).isEqualTo(Instant.parse("2025-10-21T10:31:12Z"));
        assertThat(node.source()).endsWith("nodes.json:4");
    }

    @Test
    void aBrokenDocumentCostsOnlyItself() throws Exception {
        Snapshot snapshot = load("multi.yaml", """
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: pv-1}
                spec: {csi: {driver: d, volumeHandle: h1}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: broken
                ---
                apiVersion: storage.k8s.io/v1
                kind: VolumeAttachment
                metadata: {name: csi-1}
                spec: {attacher: d, nodeName: n1, source: {persistentVolumeName: pv-1}}
                status: {attached: true}
                """);
        assertThat(facts(snapshot, PersistentVolume.class)).extracting(PersistentVolume::volumeHandle).containsExactly("h1");
        VolumeAttachment va = facts(snapshot, VolumeAttachment.class).get(0);
        assertThat(va.source()).endsWith("multi.yaml:10");
        assertThat(va.attached()).isTrue();
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).matches(".*multi\\.yaml:[89]");
            assertThat(w.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void wrongFieldTypesAndMissingKindsAreWarningsNamingTheLine() throws Exception {
        Snapshot snapshot = load("bad.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, namespace: ns}
                spec: {containers: "not a list"}
                ---
                metadata: {name: no-kind}
                ---
                apiVersion: v1
                kind: Node
                metadata: {name: ok}
                """);
        assertThat(facts(snapshot, Node.class)).hasSize(1);
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message)
                .anySatisfy(m -> assertThat(m).startsWith("Pod p:"))
                .anySatisfy(m -> assertThat(m).isEqualTo("object has no kind"));
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source)
                .allSatisfy(s -> assertThat(s).matches(".*bad\\.yaml:[16]"));
    }

    @Test
    void unknownKindsAreCountedButBecomeNoFact() throws Exception {
        Snapshot snapshot = load("svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: ns}\n");
        assertThat(snapshot.counts()).containsEntry("Service", 1);
        assertThat(snapshot.facts()).isEmpty();
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void secretsAreNeverReadPastTheirMetadata() throws Exception {
        Snapshot snapshot = load("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata: {name: db, namespace: ns}
                data: {password: c2VjcmV0LW1hcmtlcg==}
                stringData: {token: secret-marker}
                """);
        assertThat(snapshot.counts()).containsEntry("Secret", 1);
        assertThat(snapshot.facts()).isEmpty();
        assertThat(snapshot.toString()).doesNotContain("secret-marker").doesNotContain("c2VjcmV0");
    }

    @Test
    void bothEventApisMapToOneEventAndTheCombinedPrefixIsDropped() throws Exception {
        Snapshot snapshot = load("events.yaml", """
                apiVersion: v1
                kind: Event
                metadata: {name: e1, namespace: ns, creationTimestamp: "2025-11-03T19:00:00Z"}
                involvedObject: {kind: Pod, name: p, namespace: ns}
                reason: FailedAttachVolume
                type: Warning
                message: '(combined from similar events): Multi-Attach error for volume "pvc-1" Volume is already exclusively attached to one node and can''t be attached to another'
                count: 7
                firstTimestamp: "2025-11-03T19:00:00Z"
                lastTimestamp: "2025-11-03T19:40:00Z"
                source: {component: attachdetach-controller}
                ---
                apiVersion: events.k8s.io/v1
                kind: Event
                metadata: {name: e2, namespace: ns}
                regarding: {kind: Pod, name: q, namespace: ns}
                reason: FailedPreStopHook
                type: Warning
                note: 'Exec lifecycle hook failed - error: command exited with 137'
                eventTime: "2025-11-03T19:41:00.000000Z"
                series: {count: 3, lastObservedTime: "2025-11-03T19:45:00.000000Z"}
                reportingController: kubelet
                """);
        List<Event> events = facts(snapshot, Event.class);
        assertThat(events.get(0).message()).startsWith("Multi-Attach error");
        assertThat(events.get(0).count()).isEqualTo(7);
        assertThat(events.get(0).time()).isEqualTo(Instant.parse("2025-11-03T19:40:00Z"));
        assertThat(events.get(1).involved().name()).isEqualTo("q");
        assertThat(events.get(1).count()).isEqualTo(3);
        assertThat(events.get(1).time()).isEqualTo(Instant.parse("2025-11-03T19:45:00Z"));
        assertThat(events.get(1).component()).isEqualTo("kubelet");
        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:45:00Z"));
    }

    @Test
    void podsKeepTheirClaimsOwnersHooksAndWaitingReasons() throws Exception {
        Snapshot snapshot = load("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: etcd-cluster-0
                  namespace: csi-mount-test
                  deletionTimestamp: "2025-09-15T21:25:45Z"
                  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: etcd-cluster, uid: u, controller: true}]
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"secret":"marker"}'
                spec:
                  nodeName: knode13
                  terminationGracePeriodSeconds: 300
                  containers:
                  - name: etcd
                    image: etcd
                    lifecycle: {preStop: {exec: {command: [/bin/sh, -c, sleep 30]}}}
                  volumes:
                  - name: etcd-data
                    persistentVolumeClaim: {claimName: etcd-data-etcd-cluster-0}
                  - name: cfg
                    configMap: {name: cfg}
                status:
                  phase: Running
                  containerStatuses:
                  - {name: etcd, image: etcd, imageID: "", ready: false, restartCount: 0, state: {waiting: {reason: CrashLoopBackOff}}}
                """);
        Pod pod = facts(snapshot, Pod.class).get(0);
        assertThat(pod.claimNames()).containsExactly("etcd-data-etcd-cluster-0");
        assertThat(pod.controllerName()).isEqualTo("etcd-cluster");
        assertThat(pod.isTerminating()).isTrue();
        assertThat(pod.terminationGracePeriodSeconds()).isEqualTo(300L);
        assertThat(pod.preStopHooks()).containsExactly("etcd: /bin/sh -c sleep 30");
        assertThat(pod.waitingReasons()).containsExactly("CrashLoopBackOff");
        assertThat(snapshot.toString()).doesNotContain("marker");
    }

    @Test
    void workloadsDefaultToOneReplicaAndKnowWhenTheyAreDown() throws Exception {
        Snapshot snapshot = load("sts.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: sonarr, namespace: media}
                spec: {podManagementPolicy: OrderedReady, updateStrategy: {type: RollingUpdate}}
                status: {replicas: 1}
                """);
        Workload sts = facts(snapshot, Workload.class).get(0);
        assertThat(sts.desiredReplicas()).isEqualTo(1);
        assertThat(sts.isFullyDown()).isTrue();
        assertThat(sts.podManagementPolicy()).isEqualTo("OrderedReady");
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderAndNonUtf8FilesAreWarnings() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.yaml"), "apiVersion: v1\nkind: Node\nmetadata: {name: second}\n");
        Files.writeString(dir.resolve("a.yaml"), "apiVersion: v1\nkind: Node\nmetadata: {name: first}\n");
        Files.write(dir.resolve("c.yaml"), new byte[] {'k', 'i', 'n', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(dir.resolve("notes.md"), "# not an object file\n");
        Snapshot snapshot = new SnapshotLoader().load(List.of(dir));
        assertThat(facts(snapshot, Node.class)).extracting(Node::name).containsExactly("first", "second");
        assertThat(snapshot.warnings()).singleElement().satisfies(w -> {
            assertThat(w.source()).endsWith("c.yaml");
            assertThat(w.message()).isEqualTo("not UTF-8 text");
        });
    }

    @Test
    void aMissingPathFailsTheLoad() {
        assertThatThrownBy(() -> new SnapshotLoader().load(List.of(dir.resolve("nope"))))
                .isInstanceOf(SnapshotException.class)
                .hasMessageEndingWith("nope: no such file or directory");
    }

    @Test
    void aDocumentOverTheYamlParsersDefaultLimitIsRead() throws IOException, SnapshotException {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: List\nitems:\n");
        for (int i = 0; yaml.length() < (3 << 20) + 65_536; i++) {
            yaml.append("- apiVersion: v1\n  kind: Node\n  metadata:\n    name: node-").append(i)
                    .append("\n    labels: {pad: \"").append("x".repeat(200)).append("\"}\n");
        }
        Files.writeString(dir.resolve("big.yaml"), yaml);
        Snapshot snapshot = new SnapshotLoader().load(List.of(dir.resolve("big.yaml")));
        assertThat(snapshot.warnings()).isEmpty();
        assertThat(snapshot.counts().get("Node")).isGreaterThan(11_000);
    }
}
