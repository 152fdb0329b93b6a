package io.kdiag.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orphaned-snapshot lock cascade in an export without ReplicaSets ({@code kubectl get
 * pods,deploy,pvc,pv,...} holds none): the provisioner Deployment is established from its pods'
 * owner references and {@code pod-template-hash} labels. The export is the bundled fixture with
 * its ReplicaSets taken out, written as one JSON List, with the provisioner's logs beside it.
 */
class PartialExportTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FIXTURE = ROOT.resolve("test-fixtures/operation-lock-in-logs");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCK = "orphaned-snapshot-operation-lock";

    private static Kdiag kdiag;

    @BeforeAll
    static void compile() throws Exception {
        kdiag = Kdiag.builder().build();
    }

    @Test
    void theLockCascadeIsFoundWithoutReplicaSetsAndTheEvidenceSaysHow(@TempDir Path dir) throws Exception {
        Path export = exportWithoutReplicaSets(dir, 0);

        Report report = kdiag.analyze(List.of(export));

        Diagnosis top = report.top().orElseThrow();
        assertThat(top.id()).isEqualTo(LOCK);
        assertThat(evidenceTexts(top)).anySatisfy(text -> assertThat(text)
                .contains("ReplicaSet csi-rbdplugin-provisioner-6b8f9c7d5 is not in the snapshot")
                .contains("pod-template-hash=6b8f9c7d5")
                .contains("Deployment csi-rbdplugin-provisioner"));
        assertThat(report.snapshot().counts()).doesNotContainKey("ReplicaSet");
        assertThat(report.unreadInput()).isNull();
    }

    @Test
    void theLockCascadeIsFoundInAGeneratedClusterOfTwentyThousandObjectsWithoutReplicaSets(@TempDir Path dir)
            throws Exception {
        Path export = exportWithoutReplicaSets(dir, 4_000);

        Report report = kdiag.analyze(List.of(export));

        assertThat(report.snapshot().counts().values().stream().mapToInt(Integer::intValue).sum())
                .isGreaterThan(20_000);
        assertThat(report.diagnoses()).extracting(Diagnosis::id).contains(LOCK);
        assertThat(report.top().orElseThrow().id()).isEqualTo(LOCK);
    }

    /**
     * The fixture without its ReplicaSets, each pod labelled with its template hash as the
     * Deployment controller labels it, plus {@code namespaces} healthy generated namespaces of five
     * objects each (Deployment, Pod, claim, volume, completed snapshot), as one JSON List.
     */
    private static Path exportWithoutReplicaSets(Path dir, int namespaces) throws IOException {
        JsonNode fixture = YAML.readTree(FIXTURE.resolve("cluster.yaml").toFile());
        Map<String, String> deploymentOfReplicaSet = new HashMap<>();
        for (JsonNode item : fixture.path("items")) {
            if ("ReplicaSet".equals(item.path("kind").asText())) {
                deploymentOfReplicaSet.put(item.path("metadata").path("namespace").asText() + "/"
                        + item.path("metadata").path("name").asText(),
                        item.path("metadata").path("ownerReferences").path(0).path("name").asText());
            }
        }
        Path export = dir.resolve("export");
        Files.createDirectories(export);
        try (BufferedWriter out = Files.newBufferedWriter(export.resolve("cluster.json"), StandardCharsets.UTF_8)) {
            out.write("{\"apiVersion\": \"v1\", \"items\": [\n");
            boolean first = true;
            for (JsonNode item : fixture.path("items")) {
                if ("ReplicaSet".equals(item.path("kind").asText())) {
                    continue;
                }
                if ("Pod".equals(item.path("kind").asText())) {
                    labelTemplateHash((ObjectNode) item, deploymentOfReplicaSet);
                }
                out.write((first ? "" : ",\n") + JSON.writeValueAsString(item));
                first = false;
            }
            for (int i = 0; i < namespaces; i++) {
                out.write(",\n" + healthyNamespace(i));
            }
            out.write("\n], \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}}\n");
        }
        copyTree(FIXTURE.resolve("logs"), export.resolve("logs"));
        return export;
    }

    private static void labelTemplateHash(ObjectNode pod, Map<String, String> deploymentOfReplicaSet) {
        ObjectNode metadata = (ObjectNode) pod.path("metadata");
        for (JsonNode owner : metadata.path("ownerReferences")) {
            String replicaSet = owner.path("name").asText();
            String deployment = deploymentOfReplicaSet.get(metadata.path("namespace").asText() + "/" + replicaSet);
            if ("ReplicaSet".equals(owner.path("kind").asText()) && deployment != null) {
                JsonNode labels = metadata.path("labels");
                ObjectNode writable = labels instanceof ObjectNode o ? o : metadata.putObject("labels");
                writable.put("pod-template-hash", replicaSet.substring(deployment.length() + 1));
            }
        }
    }

    /** A namespace whose web Deployment runs one pod on a bound claim with a completed snapshot. */
    private static String healthyNamespace(int i) {
        String ns = "team-" + i;
        String hash = "7c9d" + Integer.toString(i, 36);
        String time = "2025-11-01T08:00:00Z";
        return String.join(",\n",
                """
                {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "%1$s",
                 "creationTimestamp": "%2$s"}, "spec": {"replicas": 1}, "status": {"readyReplicas": 1}}"""
                        .formatted(ns, time),
                """
                {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web-%3$s-x%4$d", "namespace": "%1$s",
                 "creationTimestamp": "%2$s", "labels": {"app": "web", "pod-template-hash": "%3$s"},
                 "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "web-%3$s",
                 "controller": true}]}, "spec": {"nodeName": "worker-%5$d", "containers": [{"name": "web",
                 "image": "nginx:1.27"}], "volumes": [{"name": "data", "persistentVolumeClaim":
                 {"claimName": "data"}}]}, "status": {"phase": "Running", "startTime": "%2$s",
                 "conditions": [{"type": "Ready", "status": "True"}]}}"""
                        .formatted(ns, time, hash, i, i % 3 + 1),
                """
                {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data",
                 "namespace": "%1$s", "creationTimestamp": "%2$s"}, "spec": {"volumeName": "pvc-%3$d",
                 "storageClassName": "ceph-block", "accessModes": ["ReadWriteOnce"]}, "status": {"phase": "Bound"}}"""
                        .formatted(ns, time, i),
                """
                {"apiVersion": "v1", "kind": "PersistentVolume", "metadata": {"name": "pvc-%2$d",
                 "creationTimestamp": "%3$s"}, "spec": {"claimRef": {"namespace": "%1$s", "name": "data"},
                 "csi": {"driver": "rook-ceph.rbd.csi.ceph.com", "volumeHandle": "0001-0009-rook-ceph-%2$d"},
                 "accessModes": ["ReadWriteOnce"]}, "status": {"phase": "Bound"}}"""
                        .formatted(ns, i, time),
                """
                {"apiVersion": "snapshot.storage.k8s.io/v1", "kind": "VolumeSnapshot", "metadata": {"name":
                 "data-daily", "namespace": "%1$s", "creationTimestamp": "%2$s"}, "spec": {"source":
                 {"persistentVolumeClaimName": "data"}}, "status": {"readyToUse": true, "creationTime": "%2$s",
                 "boundVolumeSnapshotContentName": "snapcontent-%3$d"}}"""
                        .formatted(ns, time, i));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static List<String> evidenceTexts(Diagnosis diagnosis) {
        return diagnosis.chain().stream().flatMap(link -> link.evidence().stream())
                .map(ChainLink.EvidenceItem::text).toList();
    }
}
