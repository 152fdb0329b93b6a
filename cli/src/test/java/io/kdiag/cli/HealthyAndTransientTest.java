package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** End to end: snapshots that must not be read as a fault. */
class HealthyAndTransientTest {

    @Test
    void aHealthyClusterHasNoDiagnosis() {
        CliRun run = CliRun.analyzeJson("healthy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.ids()).isEmpty();
        assertThat(run.json().path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(4);
    }

    @Test
    void aMultiAttachErrorFollowedByASuccessfulAttachIsOnlyInformational() {
        CliRun run = CliRun.analyzeJson("multi-attach-resolved");

        assertThat(run.ids()).containsExactly("multi-attach-resolved");
        JsonNode only = run.diagnoses().get(0);
        assertThat(only.path("severity").asText()).isEqualTo("info");
        assertThat(only.path("chain").findValuesAsText("id")).containsExactly("multi-attach-error", "attach-succeeded");
    }

    @Test
    void failOnHighIgnoresInformationalDiagnoses() {
        assertThat(CliRun.analyzeJson("multi-attach-resolved", "--fail-on", "high").exitCode()).isZero();
        assertThat(CliRun.analyzeJson("stale-volumeattachment", "--fail-on", "high").exitCode()).isEqualTo(1);
    }

    @Test
    void minSeverityLeavesOutLesserDiagnoses() {
        assertThat(CliRun.analyzeJson("multi-attach-resolved", "--min-severity", "low").ids()).isEmpty();
    }

    @Test
    void aVolumeStillMountedByARunningPodIsNotAStaleAttachment() {
        CliRun run = CliRun.analyzeJson("volume-in-use-elsewhere");

        assertThat(run.ids()).first().isEqualTo("rwo-volume-in-use");
        JsonNode top = run.diagnoses().get(0);
        assertThat(top.path("rootCause").path("name").asText()).isEqualTo("wiki-5c8d7f9b4-2m8xq");
        assertThat(top.path("chain").findValuesAsText("id")).endsWith("claim-in-use-by-pod", "rolling-update-waits-for-volume");
        assertThat(CliRun.commands(top)).anyMatch(c -> c.startsWith("kubectl patch deployment -n apps wiki ")
                && c.contains("\"Recreate\""));
        run.diagnoses().stream().filter(d -> d.path("id").asText().equals("stale-volumeattachment"))
                .forEach(d -> assertThat(d.path("confidence").asDouble()).isLessThan(0.5));
    }
}
