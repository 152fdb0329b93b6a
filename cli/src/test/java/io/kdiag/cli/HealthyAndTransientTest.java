package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: snapshots that must not be read as a fault, and what {@code --fail-on} and
 * {@code --min-severity} make of them. What each diagnosis holds is in the bundled cases
 * {@code healthy}, {@code multi-attach-resolved} and {@code volume-in-use-elsewhere}.
 */
class HealthyAndTransientTest {

    @Test
    void aHealthyClusterIsReadInFull() {
        CliRun run = CliRun.analyzeJson("healthy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(4);
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
    void aVolumeStillMountedByARunningPodMakesTheStaleAttachmentUnlikely() {
        CliRun.analyzeJson("volume-in-use-elsewhere").diagnoses().stream()
                .filter(d -> d.path("id").asText().equals("stale-volumeattachment"))
                .forEach(d -> assertThat(d.path("confidence").asDouble()).isLessThan(0.5));
    }
}
