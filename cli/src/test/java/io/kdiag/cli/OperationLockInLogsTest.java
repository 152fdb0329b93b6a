package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * End to end: the lock and timeout events have aged out; only the provisioner pod's sidecar logs
 * (csi-provisioner, csi-snapshotter, csi-rbdplugin) are read from the dump's {@code logs/} tree.
 * What the report concludes from them is in the case {@code csi-operation-lock/cases/operation-lock-in-logs}.
 */
class OperationLockInLogsTest {

    @Test
    void everySidecarLogLineIsRead() {
        CliRun run = CliRun.analyzeJson("operation-lock-in-logs");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("LogLine").asInt()).isEqualTo(15);
    }
}
