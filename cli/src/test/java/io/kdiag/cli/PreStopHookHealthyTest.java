package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: the etcd cluster of the operators' test report before the restart, with the same
 * preStop hook (pkill and sleeps) that has not failed, volumes attached where their pods run.
 */
class PreStopHookHealthyTest {

    @Test
    void aHealthyClusterHasNoDiagnosisEvenWithARiskyHookThatNeverFailed() {
        CliRun run = CliRun.analyzeJson("prestop-hook-healthy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).isEmpty();
        assertThat(run.json().path("snapshot").path("warnings")).isEmpty();
        assertThat(run.json().path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(9);
    }
}
