package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end, a newer kubelet: the event only says "PreStopHook failed"; the kubelet log beside
 * the objects says "PreStop hook not completed in grace period". The diagnosis is the bundled case
 * {@code pod-termination/cases/prestop-hook-not-completed}; here, that the log is read.
 */
class PreStopHookNotCompletedTest {

    @Test
    void theKubeletLogBesideTheObjectsIsReadLineByLine() {
        CliRun run = CliRun.analyzeJson("prestop-hook-not-completed");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("LogLine").asInt()).isEqualTo(5);
    }
}
