package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: the etcd cluster of the operators' test report before the restart, with the same
 * preStop hook (pkill and sleeps) that has not failed, volumes attached where their pods run.
 * That nothing is diagnosed is the case {@code pod-termination/cases/prestop-hook-healthy}; here,
 * that every pod is read without a warning.
 */
class PreStopHookHealthyTest {

    @Test
    void everyPodIsReadWithoutAWarning() {
        CliRun run = CliRun.analyzeJson("prestop-hook-healthy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("warnings")).isEmpty();
        assertThat(run.json().path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(9);
    }
}
