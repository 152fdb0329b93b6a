package io.kdiag.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How one copy of a case is renamed: generated pod and ReplicaSet names get new suffixes of the
 * same shape, every reference to them follows (reporting components, log paths, labels), and
 * UIDs move wherever they end a name or an ID.
 */
class CaseRewriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CLOCK = Instant.parse("2026-03-02T12:00:00Z");
    private static final String PROVISIONER_POD = "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p";

    private static final List<ObjectNode> OBJECTS = List.of(
            object("ReplicaSet", "csi-rbdplugin-provisioner-6b8f9c7d5", "Deployment", "csi-rbdplugin-provisioner"),
            object("Pod", PROVISIONER_POD, "ReplicaSet", "csi-rbdplugin-provisioner-6b8f9c7d5"),
            object("Pod", "csi-rbdplugin-8kq2d", "DaemonSet", "csi-rbdplugin"),
            object("Pod", "kafka-0-n6z54", "KafkaCluster", "kafka"),
            object("Pod", "postgres-0", "StatefulSet", "postgres"),
            object("Pod", "reports-render-7xq2p", null, null));

    private static ObjectNode object(String kind, String name, String ownerKind, String owner) {
        ObjectNode object = JSON.createObjectNode().put("kind", kind);
        ObjectNode metadata = object.putObject("metadata").put("name", name).put("namespace", "rook-ceph");
        if (owner != null) {
            metadata.putArray("ownerReferences").addObject().put("kind", ownerKind).put("name", owner);
        }
        return object;
    }

    private static CaseRewriter rewriter(String tag) {
        return new CaseRewriter(tag, Set.of("rook-ceph", "rook-ceph.rbd.csi.ceph.com"),
                GeneratedNames.of(tag, OBJECTS), CLOCK, CLOCK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // name, what it keeps of its shape (a regex), or blank when it keeps its name
        "csi-rbdplugin-provisioner-6b8f9c7d5, csi-rbdplugin-provisioner-[b-z2-9]{9}",
        "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p, csi-rbdplugin-provisioner-[b-z2-9]{9}-[b-z2-9]{5}",
        "csi-rbdplugin-8kq2d, csi-rbdplugin-[b-z2-9]{5}",
        "kafka-0-n6z54, kafka-0-[b-z2-9]{5}",
        "postgres-0,",
        "reports-render-7xq2p,",
    })
    void aGeneratedNameGetsANewSuffixOfItsShapeAndAStableNameStays(String name, String shape) {
        String renamed = rewriter("-f3").rewrite(name);
        if (shape == null) {
            assertThat(renamed).isEqualTo(name);
        } else {
            assertThat(renamed).matches(shape).isNotEqualTo(name).isEqualTo(rewriter("-f3").rewrite(name))
                    .isNotEqualTo(rewriter("-f4").rewrite(name));
        }
    }

    @Test
    void aPodKeepsItsReplicaSetsNewNameAndHashAsPrefix() {
        Map<String, String> names = GeneratedNames.of("-f3", OBJECTS);
        String replicaSet = names.get("csi-rbdplugin-provisioner-6b8f9c7d5");
        assertThat(names.get(PROVISIONER_POD)).startsWith(replicaSet + "-");
        assertThat(replicaSet).endsWith("-" + names.get("6b8f9c7d5"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // text | what it becomes under tag -f3: {pod} the pod's new name, {hash} the new hash, {uid} the new UID
        "rook-ceph.rbd.csi.ceph.com_" + PROVISIONER_POD + "_1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b"
            + " | rook-ceph.rbd.csi.ceph.com-f3_{pod}_{uid}",
        "logs/rook-ceph/" + PROVISIONER_POD + "/csi-provisioner.log | logs/rook-ceph-f3/{pod}/csi-provisioner.log",
        PROVISIONER_POD + ".17f3a00000007bbc | {pod}.17f3a00000007bbc",
        "pod-template-hash=6b8f9c7d5 | pod-template-hash={hash}",
        "Volume ID pvc-1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b already exists | Volume ID pvc-{uid} already exists",
        "volume 0001-0009-rook-ceph-0000000000000002-1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b: |"
            + " volume 0001-0009-rook-ceph-0000000000000002-{uid}:",
        "x.1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b | x.1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
    })
    void everyReferenceFollowsTheNewNames(String text, String expected) {
        CaseRewriter rewriter = rewriter("-f3");
        Map<String, String> names = GeneratedNames.of("-f3", OBJECTS);
        String uid = rewriter.rewrite("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
        assertThat(uid).isNotEqualTo("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
        assertThat(rewriter.rewrite(text)).isEqualTo(expected.replace("{pod}", names.get(PROVISIONER_POD))
                .replace("{hash}", names.get("6b8f9c7d5")).replace("{uid}", uid));
    }
}
