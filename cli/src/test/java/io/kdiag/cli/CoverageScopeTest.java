package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * End to end: a conclusion that rests on an absence holds only where the snapshot could have
 * shown the missing object.
 */
class CoverageScopeTest {

    @Test
    void oneNodeCapturedOnItsOwnDoesNotMakeTheAttachmentsNodeGone() {
        CliRun run = CliRun.analyzeJson("node-not-captured");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("multi-attach-error");
        assertThat(run.json().path("diagnoses").findValuesAsText("id")).doesNotContain("holder-node-missing");
    }

    @Test
    void neverReadySnapshotsInANamespaceWhoseClaimsWereNotCapturedAreNotOrphaned() {
        CliRun run = CliRun.analyzeJson("orphaned-snapshot-namespace-not-captured");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.ids()).containsExactly("orphaned-volumesnapshot");
        JsonNode orphaned = run.diagnoses().get(0);
        assertThat(orphaned.path("rootCause").path("namespace").asText()).isEqualTo("media");
        assertThat(orphaned.path("rootCause").path("name").asText()).isEqualTo("volsync-radarr-src");
        assertThat(CliRun.commands(orphaned)).contains("kubectl delete volumesnapshot -n media volsync-radarr-src")
                .noneMatch(c -> c.contains("-n home"));
    }
}
