package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.chain.SnapshotCoverage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot could have shown: kinds listed in full, and namespaces captured for each kind. */
class SnapshotCoverageTest {

    private static final Path LAYOUTS = Inputs.FIXTURES.resolve("layouts");

    @Test
    void oneNodeReadOnItsOwnSaysNothingOfTheOtherNodes(@TempDir Path dir) {
        Inputs.write(dir.resolve("node.yaml"), node("worker-1"));

        SnapshotCoverage coverage = Inputs.load(dir).coverage();

        assertThat(coverage.covers("Node")).isFalse();
    }

    @Test
    void nodesReadFromAListAreEveryNodeEvenWhenTheListHoldsOne(@TempDir Path dir) {
        Inputs.write(dir.resolve("nodes.yaml"), "apiVersion: v1\nkind: List\nitems:\n- " + indented(node("worker-1")));

        assertThat(Inputs.load(dir).coverage().covers("Node")).isTrue();
    }

    @Test
    void claimsOfOneNamespaceCoverThatNamespaceOnly(@TempDir Path dir) {
        Inputs.write(dir.resolve("media.yaml"), "apiVersion: v1\nkind: List\nitems:\n- " + indented(claim("media", "sonarr"))
                + "- " + indented(claim("media", "radarr")));

        SnapshotCoverage coverage = Inputs.load(dir).coverage();

        assertThat(coverage.covers("PersistentVolumeClaim", "media")).isTrue();
        assertThat(coverage.covers("PersistentVolumeClaim", "home")).isFalse();
        assertThat(coverage.covers("PersistentVolumeClaim")).isFalse();
    }

    @Test
    void aListAcrossNamespacesIsAWholeClusterListOfEachKindInIt(@TempDir Path dir) {
        Inputs.write(dir.resolve("all.yaml"), "apiVersion: v1\nkind: List\nitems:\n- " + indented(claim("media", "sonarr"))
                + "- " + indented(claim("home", "esphome")));

        SnapshotCoverage coverage = Inputs.load(dir).coverage();

        assertThat(coverage.covers("PersistentVolumeClaim")).isTrue();
        assertThat(coverage.covers("PersistentVolumeClaim", "db")).isTrue();
    }

    @Test
    void claimsReadOneByOneStillCoverTheirNamespaces(@TempDir Path dir) {
        Inputs.write(dir.resolve("a.yaml"), claim("media", "sonarr") + "---\n" + claim("home", "esphome"));

        SnapshotCoverage coverage = Inputs.load(dir).coverage();

        assertThat(coverage.covers("PersistentVolumeClaim", "home")).isTrue();
        assertThat(coverage.covers("PersistentVolumeClaim", "db")).isFalse();
    }

    @Test
    void aMustGathersPerObjectFilesOfClusterScopedKindsAreEveryObjectOfTheKind() {
        SnapshotCoverage coverage = Inputs.load(LAYOUTS.resolve("must-gather")).coverage();

        assertThat(coverage.covers("Node")).isTrue();
        assertThat(coverage.covers("VolumeAttachment")).isTrue();
        assertThat(coverage.covers("PersistentVolumeClaim", "media")).isTrue();
        assertThat(coverage.covers("PersistentVolumeClaim", "kube-system")).isFalse();
    }

    @Test
    void aClusterInfoDumpsNodeListCoversNodes() {
        assertThat(Inputs.load(LAYOUTS.resolve("cluster-info-dump")).coverage().covers("Node")).isTrue();
    }

    private static String node(String name) {
        return """
                apiVersion: v1
                kind: Node
                metadata:
                  name: %s
                status:
                  conditions:
                  - type: Ready
                    status: "True"
                """.formatted(name);
    }

    private static String claim(String namespace, String name) {
        return """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: %s
                  namespace: %s
                spec:
                  volumeName: pvc-%s
                """.formatted(name, namespace, name);
    }

    private static String indented(String object) {
        return object.replace("\n", "\n  ").stripTrailing() + "\n";
    }
}
