package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input beside a valid snapshot costs a warning; broken input alone is exit 2 with one line. */
class HostileInputCliTest {

    @TempDir
    Path folder;

    @Test
    void brokenFilesBesideTheScenarioAreWarningsAndTheDiagnosisSurvives() throws IOException {
        Files.copy(Path.of(CliRun.fixture("stale-volumeattachment/cluster.yaml")), folder.resolve("cluster.yaml"));
        Files.write(folder.resolve("core.json"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.writeString(folder.resolve("cut.yaml"), "apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: \"cut");
        Files.writeString(folder.resolve("deep.json"), "[".repeat(50_000));
        Files.createSymbolicLink(folder.resolve("etc"), Path.of("/etc"));

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("stale-volumeattachment");
        assertThat(run.json().path("snapshot").path("warnings").findValuesAsText("source")).containsExactly(
                folder + "/core.json", folder + "/cut.yaml:5", folder + "/deep.json", folder + "/etc");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void onlyBrokenInputIsExitTwoWithOneLineNamingTheFile() throws IOException {
        Path broken = Files.writeString(folder.resolve("pods.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n");

        CliRun run = CliRun.of("analyze", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("kdiag: nothing to analyze: " + broken + ":").contains("not valid YAML");
    }

    @Test
    void anEmptyFolderIsExitTwo() {
        CliRun run = CliRun.of("analyze", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("kdiag: nothing to analyze in " + folder + ": no Kubernetes objects found");
    }

    @Test
    void aMissingPathIsExitTwo() {
        CliRun run = CliRun.of("analyze", folder.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("kdiag: " + folder.resolve("nope") + ": no such file or directory");
    }
}
