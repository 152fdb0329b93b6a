package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end: the node that holds the volume is down, the snapshot has no VolumeAttachments,
 * and kube-controller-manager's log names the holding node and the force detach.
 */
class NodeDownControllerLogTest {

    private static final String LOG = "kube-controller-manager.log";

    private static final CliRun RUN = CliRun.analyzeJson("node-down-controller-log");

    @Test
    void theControllerLogTracesTheBlockedPodToTheDownNode() {
        assertThat(RUN.exitCode()).as(RUN.err()).isZero();
        assertThat(RUN.ids()).containsExactly("node-down-volume-attached");
        JsonNode top = RUN.diagnoses().get(0);
        assertThat(top.path("rootCause").path("kind").asText()).isEqualTo("Node");
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("csi-node2.mayalabs.io");
        assertThat(top.path("chain").findValuesAsText("id"))
                .containsExactly("multi-attach-error", "controller-reports-holder", "holder-node-down");
        assertThat(top.path("affected").findValuesAsText("name")).contains("percona-6795d6fb68-pqvqh", "percona");
    }

    @Test
    void theControllerLinkCitesTheLogLineItWasRead() {
        JsonNode link = RUN.diagnoses().get(0).path("chain").get(1);
        JsonNode evidence = link.path("evidence").get(0);

        assertThat(evidence.path("kind").asText()).isEqualTo("LogFile");
        assertThat(evidence.path("source").asText()).as("the latest report").endsWith(LOG + ":13");
        assertThat(evidence.path("text").asText()).contains("already exclusively attached to node csi-node2.mayalabs.io");
        assertThat(link.path("summary").asText()).contains("pvc-b39248ab-5a99-439b-ad6f-780aae30626c")
                .contains("csi-node2.mayalabs.io").doesNotContain("{");
    }

    @Test
    void theForceDetachCorroboratesAndThePlanHasNoAttachmentStep() {
        JsonNode top = RUN.diagnoses().get(0);

        assertThat(top.path("confidenceFactors").toString()).contains("force-detached volumes from node csi-node2.mayalabs.io");
        assertThat(CliRun.commands(top)).contains("kubectl describe node csi-node2.mayalabs.io",
                "kubectl taint nodes csi-node2.mayalabs.io node.kubernetes.io/out-of-service=nodeshutdown:NoExecute")
                .noneMatch(c -> c.contains("volumeattachment "));
    }

    @Test
    void logLinesAreCountedAndTheNotesFileIsNotReadAsALog() {
        JsonNode snapshot = RUN.json().path("snapshot");

        assertThat(snapshot.path("counts").path("LogLine").asInt()).isEqualTo(13);
        assertThat(snapshot.path("capturedAt").asText()).isEqualTo("2025-10-21T10:44:35Z");
        assertThat(snapshot.path("warnings")).isEmpty();
    }
}
