package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the node that holds the volume was shut down (CSI and in-tree), or is gone. */
class NodeDownTest {

    private static final String STUCK_ATTACHMENT =
            "csi-1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809";

    @Test
    void csiVolumeOnAnUnreachableNodeIsNodeDownWithTheSeedsPlan() {
        CliRun run = CliRun.analyzeJson("node-down-csi");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("node-down-volume-attached");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Node");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("csi-node2.mayalabs.io");
        assertThat(top.path("affected").findValuesAsText("name"))
                .contains("percona-6795d6fb68-pqvqh", "demo-csi-vol-claim", "percona");
        String attachment = "csi-" + attachmentHash(top);
        // Kubelets are v1.29: the out-of-service taint, set before the old pod and the attachment are touched.
        assertThat(CliRun.commands(top)).containsSubsequence(
                "kubectl describe node csi-node2.mayalabs.io",
                "kubectl taint nodes csi-node2.mayalabs.io node.kubernetes.io/out-of-service=nodeshutdown:NoExecute",
                "kubectl delete pod -n default percona-6795d6fb68-b7dvl --force --grace-period=0",
                "kubectl delete volumeattachment " + attachment,
                "kubectl taint nodes csi-node2.mayalabs.io node.kubernetes.io/out-of-service=nodeshutdown:NoExecute-")
                .doesNotContain("kubectl delete node csi-node2.mayalabs.io", "kubectl version");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "disruptive", "disruptive",
                "read-only", "safe");
        assertThat(top.path("remediation").get(1).path("checks").get(0).asText()).contains("powered off");
    }

    @Test
    void theFirstStepConfirmsTheNodeIsReallyDownBeforeAnythingDisruptive() {
        JsonNode top = CliRun.analyzeJson("node-down-csi").diagnoses().get(0);
        JsonNode first = top.path("remediation").get(0);
        assertThat(first.path("why").asText()).contains("network split").contains("out of band");
    }

    @Test
    void inTreeVolumeHeldByAPodOnADownNodeNamesThatPodAndHasNoAttachmentStep() {
        CliRun run = CliRun.analyzeJson("node-down-intree");

        assertThat(run.ids()).containsExactly("node-down-volume-attached");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("worker-b");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("multi-attach-error", "volume-used-by-pod", "holder-node-down");
        assertThat(CliRun.commands(top)).containsSubsequence(
                        "kubectl taint nodes worker-b node.kubernetes.io/out-of-service=nodeshutdown:NoExecute",
                        "kubectl delete pod -n web nginx-7b4d5d9fd-nqgfz --force --grace-period=0")
                .noneMatch(c -> c.contains("volumeattachment "));
        assertThat(top.path("affected").findValuesAsText("name")).contains("nginx-7b4d5d9fd-nqgfz", "nginx");
    }

    @Test
    void anAttachmentToANodeThatNoLongerExistsShowsBothExplanations() {
        CliRun run = CliRun.analyzeJson("node-gone");

        assertThat(run.ids()).containsExactly("stale-volumeattachment", "node-down-volume-attached");
        List<JsonNode> diagnoses = run.diagnoses();
        assertThat(diagnoses.get(0).path("confidence").asDouble())
                .isGreaterThan(diagnoses.get(1).path("confidence").asDouble());
        assertThat(diagnoses.get(1).path("rootCause").path("name").asText()).isEqualTo("ip-10-0-3-91.ec2.internal");
        assertThat(diagnoses.get(1).path("chain").findValuesAsText("id")).contains("holder-node-missing");
    }

    @Test
    void anAttachmentToANodeThatNoLongerExistsNeverChecksTaintsOrDeletesThatNode() {
        JsonNode nodeDown = CliRun.analyzeJson("node-gone").diagnoses().get(1);

        assertThat(nodeDown.path("id").asText()).isEqualTo("node-down-volume-attached");
        assertThat(CliRun.commands(nodeDown))
                .noneMatch(c -> c.matches("kubectl (get|describe|taint|delete) nodes? ip-10-0-3-91\\.ec2\\.internal.*"))
                .contains("kubectl get pods -A -o wide --field-selector spec.nodeName=ip-10-0-3-91.ec2.internal")
                .last().asString().doesNotStartWith("kubectl taint");
    }

    @Test
    void aStatefulSetPodStuckTerminatingOnADownNodeIsNodeDownAndThePlanStartsFromIt() {
        CliRun run = CliRun.analyzeJson("node-down-statefulset-stuck");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("node-down-volume-attached");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("worker-2");
        assertThat(top.path("chain").findValuesAsText("id")).containsExactly(
                "stuck-terminating-on-down-node", "claim-bound-volume", "volume-attached-to-down-node",
                "holder-node-down");
        assertThat(top.path("chain").get(0).path("summary").asText()).contains("db/postgres-1").contains("16 minutes");
        assertThat(top.path("affected").findValuesAsText("name")).contains("postgres-1", "data-postgres-1", "postgres");
        // Kubelets are v1.25: no out-of-service taint; fence, force-delete the pod, delete the Node, then the attachment.
        assertThat(CliRun.commands(top)).containsSubsequence(
                        "kubectl get node worker-2 -o wide",
                        "kubectl delete pod -n db postgres-1 --force --grace-period=0",
                        "kubectl delete node worker-2",
                        "kubectl delete volumeattachment " + STUCK_ATTACHMENT)
                .noneMatch(c -> c.contains("out-of-service"))
                .doesNotContain("kubectl version");
        assertThat(Plans.risks(top)).containsExactly("read-only", "disruptive", "disruptive", "disruptive", "read-only");
        JsonNode forceDelete = Plans.steps(top).get(1);
        assertThat(Plans.checks(forceDelete)).contains("powered off or fenced");
        assertThat(forceDelete.path("why").asText()).contains("6-minute");
        assertThat(Plans.steps(top).get(0).path("why").asText()).contains("ipmitool chassis power status")
                .contains("aws ec2 describe-instances");
    }

    @Test
    void whenTheSnapshotDoesNotShowTheVersionThePlanAsksForItAndOffersTheTaintBeforeTheNodeDeletion(@TempDir Path dir)
            throws Exception {
        Path fixture = Path.of(CliRun.fixture("node-down-statefulset-stuck"), "cluster.yaml");
        Files.writeString(dir.resolve("cluster.yaml"), Files.readAllLines(fixture).stream()
                .filter(line -> !line.contains("kubeletVersion")).collect(Collectors.joining("\n")));

        JsonNode top = CliRun.of("analyze", dir.toString(), "--format", "json").json().path("diagnoses").get(0);

        assertThat(CliRun.commands(top)).containsSubsequence(
                "kubectl version",
                "kubectl taint nodes worker-2 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute",
                "kubectl delete pod -n db postgres-1 --force --grace-period=0",
                "kubectl delete node worker-2",
                "kubectl delete volumeattachment " + STUCK_ATTACHMENT,
                "kubectl taint nodes worker-2 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute-");
        assertThat(Plans.checks(Plans.steps(top).get(2))).contains("1.26 or later");
    }

    private static String attachmentHash(JsonNode diagnosis) {
        for (JsonNode link : diagnosis.path("chain")) {
            for (JsonNode evidence : link.path("evidence")) {
                if (evidence.path("kind").asText().equals("VolumeAttachment")) {
                    return evidence.path("name").asText().substring("csi-".length());
                }
            }
        }
        throw new AssertionError("no VolumeAttachment evidence");
    }
}
