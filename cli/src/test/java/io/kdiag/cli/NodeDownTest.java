package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, on a snapshot derived from a fixture: the node that holds the volume is down and the
 * kubelet versions are unknown. What the playbook concludes from the fixtures themselves is in the
 * cases of node-down-volume-attached and stale-volumeattachment.
 */
class NodeDownTest {

    private static final String STUCK_ATTACHMENT =
            "csi-1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809";

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
}
