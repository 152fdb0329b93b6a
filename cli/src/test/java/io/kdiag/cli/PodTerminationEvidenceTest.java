package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, what the pod-termination playbook accepts as evidence: a kill needs exit 137 or a
 * kill wording, and a slow detach needs the pod's node known to be up.
 */
class PodTerminationEvidenceTest {

    @Test
    void aHookThatRunsBinKillAndIsKilledWithItSignalsTheMainProcess() {
        CliRun run = CliRun.analyzeJson("prestop-hook-kill-wordings");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("prestop-hook-killed");
        JsonNode killed = run.diagnoses().get(0);
        assertThat(killed.path("rootCause").path("name").asText()).isEqualTo("api");
        assertThat(killed.path("chain").findValuesAsText("id")).containsExactly("prestop-hook-failed", "hook-signals-main-process");
    }

    @Test
    void aHookThatMentionsKillButFailsWithExitOneIsNotKilled() {
        CliRun run = CliRun.analyzeJson("prestop-hook-kill-wordings");

        assertThat(run.json().path("diagnoses").findValuesAsText("name")).doesNotContain("worker", "worker-6d8e7f9a5-q4m9z");
    }

    @Test
    void aPodOnANodeTheSnapshotDoesNotShowIsNotCalledASelfHealingDetach(@TempDir Path dir) throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode list = (ObjectNode) yaml.readTree(Path.of(CliRun.fixture("slow-volume-detach-drain"), "cluster.yaml").toFile());
        ArrayNode items = (ArrayNode) list.path("items");
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).path("kind").asText().equals("Node")) {
                items.remove(i);
            }
        }
        Files.writeString(dir.resolve("cluster.yaml"), yaml.writeValueAsString(list));

        CliRun run = CliRun.of("analyze", dir.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).doesNotContain("slow-volume-detach");
        assertThat(CliRun.analyzeJson("slow-volume-detach-drain").ids()).startsWith("slow-volume-detach");
    }

    @Test
    void anAttachedVolumeAloneIsWeakEvidenceOfASlowDetach() {
        JsonNode detach = CliRun.analyzeJson("slow-volume-detach-drain").diagnoses().get(0);

        assertThat(detach.path("confidenceFactors").toString())
                .contains("+0.40 a pod Terminating past its grace period still has its volume attached")
                .contains("status.volumesInUse");
    }
}
