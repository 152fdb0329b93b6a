package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.Pod;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An object read twice is one fact: the newest copy, with a warning when the copies disagree. */
class DuplicateObjectTest {

    @TempDir
    Path folder;

    private Pod onlyPod(Snapshot snapshot) {
        assertThat(snapshot.counts()).containsEntry("Pod", 1);
        return snapshot.facts().stream().filter(Pod.class::isInstance).map(Pod.class::cast).findFirst().orElseThrow();
    }

    @Test
    void identicalCopiesAreOneFactWithoutAWarning() {
        Inputs.write(folder.resolve("a.yaml"), Inputs.pod("twice"));
        Inputs.write(folder.resolve("b.json"), "{\"apiVersion\": \"v1\", \"kind\": \"PodList\", \"items\": [{\"metadata\": {"
                + "\"name\": \"twice\", \"namespace\": \"media\", \"resourceVersion\": \"1\", \"creationTimestamp\": \"2025-11-03T19:10:12Z\"},"
                + " \"spec\": {\"nodeName\": \"worker-1\"}, \"status\": {\"phase\": \"Running\"}}]}");

        Snapshot snapshot = Inputs.load(folder);

        assertThat(onlyPod(snapshot).source()).isEqualTo(folder.resolve("a.yaml") + ":1");
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void theHighestResourceVersionWinsWhereverItIsRead() {
        Inputs.write(folder.resolve("a-new.yaml"), Inputs.pod("moved", "900").replace("worker-1", "worker-3"));
        Inputs.write(folder.resolve("b-old.yaml"), Inputs.pod("moved", "100"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(onlyPod(snapshot).nodeName()).isEqualTo("worker-3");
        assertThat(snapshot.warnings()).containsExactly(new SnapshotWarning(folder.resolve("a-new.yaml") + ":1",
                "Pod media/moved was read more than once with different content (also at " + folder.resolve("b-old.yaml")
                        + ":1); kept this copy, the newest (resourceVersion 900)"));
    }

    @Test
    void resourceVersionsCompareAsNumbersNotText() {
        Inputs.write(folder.resolve("a.yaml"), Inputs.pod("moved", "99").replace("worker-1", "worker-2"));
        Inputs.write(folder.resolve("b.yaml"), Inputs.pod("moved", "100").replace("worker-1", "worker-3"));

        assertThat(onlyPod(Inputs.load(folder)).nodeName()).isEqualTo("worker-3");
    }

    @Test
    void withoutResourceVersionsTheNewerTimestampWinsThenTheSmallerSource() {
        String older = Inputs.pod("moved", "").replace("  resourceVersion: \"\"\n", "");
        String newer = older.replace("2025-11-03T19:10:12Z", "2025-11-03T19:30:00Z").replace("worker-1", "worker-3");
        Inputs.write(folder.resolve("a.yaml"), older);
        Inputs.write(folder.resolve("b.yaml"), newer);
        Inputs.write(folder.resolve("c.yaml"), newer);

        Snapshot snapshot = Inputs.load(folder);

        assertThat(onlyPod(snapshot).source()).isEqualTo(folder.resolve("b.yaml") + ":1");
        assertThat(snapshot.warnings()).singleElement().extracting(SnapshotWarning::message).asString()
                .endsWith("kept this copy, the newest (2025-11-03T19:30:00Z)");
    }

    @Test
    void theSameNameInAnotherNamespaceOrKindIsAnotherObject() {
        Inputs.write(folder.resolve("a.yaml"), Inputs.pod("web") + "---\n" + Inputs.pod("web").replace("namespace: media", "namespace: shop"));
        Inputs.write(folder.resolve("b.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: media\n");

        Snapshot snapshot = Inputs.load(folder);

        assertThat(snapshot.counts()).containsEntry("Pod", 2).containsEntry("ConfigMap", 1);
        assertThat(snapshot.warnings()).isEmpty();
    }
}
