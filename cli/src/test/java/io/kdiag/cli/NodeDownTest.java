package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** End to end: the node that holds the volume was shut down (CSI and in-tree), or is gone. */
class NodeDownTest {

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
        List<String> commands = CliRun.commands(top);
        assertThat(commands).containsSubsequence(
                "kubectl describe node csi-node2.mayalabs.io",
                "kubectl taint nodes csi-node2.mayalabs.io node.kubernetes.io/out-of-service=nodeshutdown:NoExecute",
                "kubectl delete volumeattachment csi-9f7704015b456f146ce8c6c3bd80a5ec6cc55f4f5bfb90c61c250d0b050a283c"
                        .replace("9f7704015b456f146ce8c6c3bd80a5ec6cc55f4f5bfb90c61c250d0b050a283c", attachmentHash(top)),
                "kubectl delete node csi-node2.mayalabs.io");
        assertThat(top.path("remediation").get(0).path("risk").asText()).isEqualTo("read-only");
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
        assertThat(CliRun.commands(top)).contains("kubectl delete node worker-b")
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
