package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end, an attach that fails because the driver cannot find the node or the cloud instance
 * (EBS {@code Instance "..." not found}, kubernetes-sigs/aws-ebs-csi-driver#611): the node's
 * identity is at fault, never the volume. Every node-not-found wording of the catalogue reaches
 * this diagnosis; a Node that is down adds the plan that removes it, a node plugin pod in the
 * snapshot the restart that registers the node again.
 */
class CsiAttachNodeNotFoundTest {

    private static final String FIXTURE = "csi-attach-instance-not-found";
    private static final String NODE = "ip-100-72-10-15.ec2.internal";
    private static final String EBS_MESSAGE = "'AttachVolume.Attach failed for volume \"my-pvc\" : rpc error: code = NotFound"
            + " desc = Instance \"xxxxxxxxxxx\" not\n    found'";

    @TempDir
    Path temp;

    @Test
    void aMissingInstanceOfAReadyNodeIsAStaleNodeIdAndThePlanLooksBeforeItActs() {
        CliRun run = CliRun.analyzeJson(FIXTURE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).first().isEqualTo("csi-attach-node-not-found");
        assertThat(run.ids()).doesNotContain("csi-backend-volume-missing", "csi-volume-handle-mismatch");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Node");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo(NODE);
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.7);
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("attach-node-not-found", "node-ready-id-stale");
        assertThat(top.path("chain").get(0).path("summary").asText())
                .contains("ebs.csi.aws.com reports the node or instance xxxxxxxxxxx as not found");
        assertThat(Plans.risks(top)).containsExactly("read-only");
        assertThat(CliRun.commands(top)).contains(
                "kubectl get node " + NODE + " -o jsonpath='{.spec.providerID}{\"\\n\"}"
                        + "{.metadata.annotations.csi\\.volume\\.kubernetes\\.io/nodeid}{\"\\n\"}'",
                "kubectl get csinode " + NODE + " -o jsonpath='{.spec.drivers}'",
                "kubectl get volumeattachment -o wide | grep my-pvc",
                "kubectl get pods -A -o wide --field-selector spec.nodeName=" + NODE);
        assertThat(CliRun.commands(top)).noneMatch(c -> c.contains("delete pvc") || c.contains("delete node"));
        assertThat(Plans.anyPlaceholder(top)).isFalse();
    }

    @Test
    void aDownNodeWhoseInstanceIsGoneIsRemovedAfterTheChecks() throws IOException {
        Path dump = rewritten("status: 'True'\n      reason: KubeletReady", "status: 'Unknown'\n      reason: NodeStatusUnknown");

        CliRun run = CliRun.of("analyze", dump.toString(), "-o", "json");

        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("id").asText()).isEqualTo("csi-attach-node-not-found");
        assertThat(top.path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly("attach-node-not-found", "node-down-instance-gone");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive");
        JsonNode removal = Plans.firstWithRisk(top, "disruptive");
        assertThat(Plans.commands(removal)).containsExactly("kubectl cordon " + NODE,
                "kubectl drain " + NODE + " --ignore-daemonsets --delete-emptydir-data --timeout=5m",
                "kubectl delete node " + NODE, "kubectl get pod -n default io2-app -o wide -w");
        assertThat(Plans.checks(removal)).contains("no running machine for " + NODE + "'s providerID");
    }

    @Test
    void theNodePluginOnTheNodeIsRestartedByName() throws IOException {
        Path dump = rewritten("items:\n", "items:\n" + NODE_PLUGIN);

        CliRun run = CliRun.of("analyze", dump.toString(), "-o", "json");

        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("id").asText()).isEqualTo("csi-attach-node-not-found");
        assertThat(Plans.risks(top)).containsExactly("read-only", "safe");
        assertThat(Plans.commands(Plans.firstWithRisk(top, "safe"))).first()
                .isEqualTo("kubectl delete pod -n kube-system ebs-csi-node-7xk2p");
    }

    /** The catalogue's node-not-found wordings of FailedAttachVolume events. */
    static Stream<String> nodeNotFoundWordings() throws IOException {
        List<String> lines = Files.readAllLines(CliRun.ROOT.resolve("facts/src/test/resources/wordings/catalogue.tsv"));
        return lines.stream().map(l -> l.split("\t"))
                .filter(f -> f.length >= 4 && f[0].equals("event:FailedAttachVolume") && f[1].equals("node-not-found:attach"))
                .map(f -> f[3]);
    }

    @ParameterizedTest
    @MethodSource("nodeNotFoundWordings")
    void everyDriversNodeNotFoundWordingReachesThisDiagnosisNeverAMissingVolume(String wording) throws IOException {
        Path dump = rewritten(EBS_MESSAGE, "'" + wording.replace("'", "''") + "'");

        CliRun run = CliRun.of("analyze", dump.toString(), "-o", "json");

        assertThat(run.ids()).as(wording).first().isEqualTo("csi-attach-node-not-found");
        assertThat(run.ids()).as(wording).doesNotContain("csi-backend-volume-missing", "csi-volume-handle-mismatch");
    }

    @Test
    void aMissingVolumeInTheSameWordsOfTheSameDriverStaysABackendVolumeMissing() {
        CliRun run = CliRun.analyzeJson("csi-backend-volume-missing-ebs-internal");

        assertThat(run.ids()).first().isEqualTo("csi-backend-volume-missing");
        assertThat(run.ids()).doesNotContain("csi-attach-node-not-found");
    }

    /** The fixture with one piece of its cluster.yaml replaced, in a temporary folder. */
    private Path rewritten(String from, String to) throws IOException {
        String yaml = Files.readString(CliRun.ROOT.resolve("test-fixtures").resolve(FIXTURE).resolve("cluster.yaml"));
        assertThat(yaml).contains(from);
        Path file = temp.resolve("cluster.yaml");
        Files.writeString(file, yaml.replace(from, to));
        return file;
    }

    /** The EBS node plugin's pod on the node: a DaemonSet pod whose registrar names the driver. */
    private static final String NODE_PLUGIN = """
            - apiVersion: v1
              kind: Pod
              metadata:
                name: ebs-csi-node-7xk2p
                namespace: kube-system
                uid: 5a1c7e2b-3f4d-4e8a-9b6c-0d1e2f3a4b5c
                creationTimestamp: '2025-09-01T10:01:00Z'
                ownerReferences:
                - apiVersion: apps/v1
                  kind: DaemonSet
                  name: ebs-csi-node
                  uid: 7b2d8f3c-4a5e-4f9b-8c7d-1e2f3a4b5c6d
                  controller: true
              spec:
                nodeName: ip-100-72-10-15.ec2.internal
                containers:
                - name: ebs-plugin
                  image: public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.30.0
                  args: [node, --endpoint=unix:/csi/csi.sock]
                - name: node-driver-registrar
                  image: public.ecr.aws/eks-distro/kubernetes-csi/node-driver-registrar:v2.10.0
                  args: [--csi-address=/csi/csi.sock, --kubelet-registration-path=/var/lib/kubelet/plugins/ebs.csi.aws.com/csi.sock]
              status:
                phase: Running
                conditions:
                - type: Ready
                  status: 'True'
                containerStatuses:
                - name: ebs-plugin
                  ready: true
                  restartCount: 0
                  state:
                    running:
                      startedAt: '2025-09-01T10:01:30Z'
                - name: node-driver-registrar
                  ready: true
                  restartCount: 0
                  state:
                    running:
                      startedAt: '2025-09-01T10:01:30Z'
            """;
}
