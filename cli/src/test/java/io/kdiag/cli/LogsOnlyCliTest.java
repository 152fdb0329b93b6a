package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs read without any Kubernetes object (the objects' file was refused, or only logs were
 * given) leave nothing to analyse: exit 2 and one line, never an empty report that reads as
 * "all clear".
 */
class LogsOnlyCliTest {

    @TempDir
    Path folder;

    @Test
    void logsWithoutObjectsAreExitTwo() throws IOException {
        Files.writeString(folder.resolve("csi-provisioner.log"),
                "I0302 11:58:00.000000       1 controller.go:1439] provision \"team-0/data-app-0-0\" class"
                        + " \"ceph-block\": succeeded\n");

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("kdiag: nothing to analyze");
    }
}
