package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end: a snapshot with kube-controller-manager's log beside a notes file. What the report
 * concludes from the log is in the case {@code node-down-volume-attached/cases/controller-log}.
 */
class NodeDownControllerLogTest {

    @Test
    void logLinesAreCountedAndTheNotesFileIsNotReadAsALog() {
        CliRun run = CliRun.analyzeJson("node-down-controller-log");
        JsonNode snapshot = run.json().path("snapshot");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(snapshot.path("counts").path("LogLine").asInt()).isEqualTo(13);
        assertThat(snapshot.path("capturedAt").asText()).isEqualTo("2025-10-21T10:44:35Z");
        assertThat(snapshot.path("warnings")).isEmpty();
    }
}
