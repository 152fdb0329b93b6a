package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same cluster, a StatefulSet pod whose VolumeAttachment stayed on its old node, laid out as
 * every dump kdiag reads: each gives the same diagnoses.
 */
class DumpLayoutsTest {

    private static final String ATTACHMENT = "csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732";

    /** What must not differ between layouts: ids, root causes, affected objects, severities and plans. */
    private static List<String> essence(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.diagnoses().stream()
                .map(d -> d.path("id").asText() + " " + d.path("rootCause").path("kind").asText() + "/"
                        + d.path("rootCause").path("name").asText() + " " + d.path("severity").asText() + " "
                        + d.path("affected").findValuesAsText("name") + " " + CliRun.commands(d))
                .toList();
    }

    private static final List<String> PLAIN = essence(CliRun.analyzeJson("stale-volumeattachment"));

    @Test
    void thePlainListDiagnosesTheStaleAttachment() {
        assertThat(PLAIN).hasSize(1);
        assertThat(PLAIN.get(0)).startsWith("stale-volumeattachment VolumeAttachment/" + ATTACHMENT + " critical");
    }

    @Test
    void aClusterInfoDumpWithTheMissingKindsGivenBesideIt() {
        CliRun run = CliRun.analyzeJson("layouts/cluster-info-dump");
        assertThat(essence(run)).isEqualTo(PLAIN);
    }

    @Test
    void aClusterInfoDumpAloneSaysWhatItCouldNotCheck() {
        CliRun run = CliRun.analyzeJson("layouts/cluster-info-dump/dump");

        assertThat(run.exitCode()).isZero();
        assertThat(run.ids()).doesNotContain("stale-volumeattachment");
        assertThat(run.json().path("snapshot").path("warnings").findValuesAsText("message"))
                .anyMatch(m -> m.contains("holds no PersistentVolume, PersistentVolumeClaim, VolumeAttachment")
                        && m.contains("`kubectl get pv,pvc,volumeattachments -A -o yaml > storage.yaml`"));
    }

    @Test
    void aMustGather() {
        CliRun run = CliRun.analyzeJson("layouts/must-gather");
        assertThat(essence(run)).isEqualTo(PLAIN);
        assertThat(run.json().path("snapshot").path("capturedAt").asText()).isEqualTo("2025-11-03T19:52:41.209873120Z");
    }

    @Test
    void aSupportBundle() {
        CliRun run = CliRun.analyzeJson("layouts/support-bundle");
        assertThat(essence(run)).isEqualTo(PLAIN);
        assertThat(run.json().path("snapshot").path("warnings").size()).isZero();
    }

    @Test
    void aTarGzOfASupportBundle(@TempDir Path folder) throws IOException {
        Path archive = tarGz(Path.of(CliRun.fixture("layouts/support-bundle")), folder.resolve("support-bundle.tar.gz"));

        CliRun run = CliRun.of("analyze", archive.toString(), "--format", "json");

        assertThat(essence(run)).isEqualTo(PLAIN);
        JsonNode evidence = run.diagnoses().get(0).path("chain").get(0).path("evidence").get(0);
        assertThat(evidence.path("source").asText())
                .startsWith(archive + "!/support-bundle-2025-11-03T19_52_00/cluster-resources/events/media.json:");
    }

    @Test
    void twoLayoutsOfTheSameClusterTogetherGiveOneDiagnosisWithoutConflicts() {
        CliRun run = CliRun.of("analyze", CliRun.fixture("layouts/must-gather"), CliRun.fixture("layouts/support-bundle"),
                "--format", "json");

        assertThat(essence(run)).isEqualTo(PLAIN);
        assertThat(run.json().path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(3);
        assertThat(run.json().path("snapshot").path("warnings").findValuesAsText("message"))
                .noneMatch(m -> m.contains("more than once"));
    }

    private static Path tarGz(Path folder, Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out));
                Stream<Path> files = Files.walk(folder)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                TarArchiveEntry entry = new TarArchiveEntry(folder.relativize(file).toString());
                entry.setSize(Files.size(file));
                tar.putArchiveEntry(entry);
                Files.copy(file, tar);
                tar.closeArchiveEntry();
            }
        }
        return archive;
    }
}
