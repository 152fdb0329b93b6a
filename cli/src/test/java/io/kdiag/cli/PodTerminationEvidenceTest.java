package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, on a snapshot derived from a fixture: a slow detach needs the pod's node known to be
 * up. What the playbook concludes from the fixtures themselves is in its cases.
 */
class PodTerminationEvidenceTest {

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
}
