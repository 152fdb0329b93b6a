package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.ObjectRef;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each layout is recognised by its shape, and its files are read for what the layout says they hold. */
class DumpLayoutTest {

    private static final Path LAYOUTS = Inputs.FIXTURES.resolve("layouts");

    /** What one walk found. */
    private static final class Found implements DumpWalker.Visitor {
        final List<String> layouts = new ArrayList<>();
        final List<DumpFile> files = new ArrayList<>();
        final List<SnapshotWarning> warnings = new ArrayList<>();

        @Override
        public void layout(Layout layout, Path top, String name) {
            layouts.add(layout.title() + " at " + top.getFileName());
        }

        @Override
        public void file(DumpFile file) {
            files.add(file);
        }

        @Override
        public void warning(SnapshotWarning warning) {
            warnings.add(warning);
        }

        <T extends DumpFile> List<T> of(Class<T> type) {
            return files.stream().filter(type::isInstance).map(type::cast).toList();
        }

        List<String> objectFiles(Path top) {
            return of(DumpFile.Objects.class).stream().map(f -> top.relativize(f.path()).toString()).toList();
        }
    }

    private static Found walk(Path folder) throws IOException {
        Found found = new Found();
        new DumpWalker(InputLimits.DEFAULT).walk(folder, folder.toString(), found);
        return found;
    }

    @Test
    void aClusterInfoDumpIsFoundBesideTheFilesGivenWithIt() throws IOException {
        Found found = walk(LAYOUTS.resolve("cluster-info-dump"));

        assertThat(found.layouts).containsExactly("kubectl cluster-info dump at dump");
        assertThat(found.of(DumpFile.PodLogs.class)).singleElement()
                .satisfies(log -> assertThat(log.pod()).isEqualTo(new ObjectRef("Pod", "media", "radarr-0")));
        assertThat(found.objectFiles(LAYOUTS.resolve("cluster-info-dump")))
                .contains("dump/nodes.json", "dump/media/pods.json", "dump/media/events.json", "statefulsets.yaml", "storage.yaml");
    }

    @Test
    void aMustGatherIsFoundBelowItsImageFolderWithContainerLogs() throws IOException {
        Found found = walk(LAYOUTS.resolve("must-gather"));

        assertThat(found.layouts).singleElement().asString().startsWith("OpenShift must-gather at quay-io-");
        assertThat(found.of(DumpFile.ContainerLog.class))
                .extracting(log -> log.pod() + " " + log.container() + " " + log.path().getFileName())
                .containsExactly("Pod media/radarr-0 radarr current.log", "Pod media/radarr-0 radarr previous.log");
        assertThat(found.of(DumpFile.Objects.class)).extracting(f -> f.path().getFileName().toString())
                .contains("pods.yaml", "sonarr-0.yaml", "worker-2.yaml", "secrets.yaml")
                .doesNotContain("timestamp", "event-filter.html", "version");
    }

    @Test
    void aSupportBundleReadsOnlyClusterResourcesAndItsPodLogs() throws IOException {
        Path bundle = LAYOUTS.resolve("support-bundle");
        Found found = walk(bundle);

        assertThat(found.layouts).containsExactly("support bundle at support-bundle-2025-11-03T19_52_00");
        assertThat(found.of(DumpFile.ContainerLog.class))
                .extracting(log -> log.pod() + " " + log.container() + " " + log.path().getFileName())
                .containsExactly("Pod media/radarr-0 radarr radarr-previous.log", "Pod media/radarr-0 radarr radarr.log");
        assertThat(found.objectFiles(bundle))
                .allMatch(f -> f.startsWith("support-bundle-2025-11-03T19_52_00/cluster-resources/"))
                .noneMatch(f -> f.endsWith("-errors.json") || f.contains("auth-cani-list"))
                .contains("support-bundle-2025-11-03T19_52_00/cluster-resources/pods/media.json");
    }

    @Test
    void plainFilesAreObjectsLogsAndArchives(@TempDir Path folder) throws IOException {
        Inputs.write(folder.resolve("pods.yaml"), Inputs.pod("a"));
        Inputs.write(folder.resolve("kubelet.log"), "I0514 11:45:34.213536 2384 kubelet.go:1] started\n");
        Inputs.write(folder.resolve("more/dump.tgz"), new byte[] {1});
        Inputs.write(folder.resolve("notes.md"), "# not read\n");

        Found found = walk(folder);

        assertThat(found.layouts).isEmpty();
        assertThat(found.files).extracting(f -> f.getClass().getSimpleName() + " " + folder.relativize(f.path()))
                .containsExactly("PlainLog kubelet.log", "Archive more/dump.tgz", "Objects pods.yaml");
    }

    @Test
    void aFolderNamedLikeALayoutPartIsNotADumpWithoutItsShape(@TempDir Path folder) throws IOException {
        Inputs.write(folder.resolve("namespaces/media/pods.yaml"), Inputs.pod("a"));
        Inputs.write(folder.resolve("nodes.json"), "{\"kind\": \"NodeList\", \"apiVersion\": \"v1\", \"items\": []}");

        assertThat(walk(folder).layouts).isEmpty();
    }

    @Test
    void clusterInfoDumpLogsSplitPerContainerKeepingFileLines() throws IOException {
        String logs = """
                ==== START logs for container csi-attacher of pod kube-system/csi-controller-0 ====
                I1103 19:10:12.000001       1 csi_handler.go:234] Error processing "csi-1174": failed to attach
                ==== END logs for container csi-attacher of pod kube-system/csi-controller-0 ====
                ==== START logs for container csi-provisioner of pod kube-system/csi-controller-0 ====
                I1103 19:10:13.000001       1 controller.go:1] started
                E1103 19:10:14.000001       1 controller.go:2] failed
                ==== END logs for container csi-provisioner of pod kube-system/csi-controller-0 ====
                """;

        List<PodLogSections.Section> sections = PodLogSections.split(new StringReader(logs), 1000);

        assertThat(sections).extracting(PodLogSections.Section::container, PodLogSections.Section::firstLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("csi-attacher", 2),
                        org.assertj.core.groups.Tuple.tuple("csi-provisioner", 5));
        assertThat(sections.get(1).text().lines().filter(line -> !line.isBlank())).containsExactly(
                "I1103 19:10:13.000001       1 controller.go:1] started", "E1103 19:10:14.000001       1 controller.go:2] failed");
        assertThat(sections.get(1).text().lines()).hasSize(6);
    }

    @Test
    void podLogsOfEveryLayoutAreLogLinesOfTheirPodAndContainerAtTheirFileLine() {
        for (String layout : List.of("cluster-info-dump", "must-gather", "support-bundle")) {
            Snapshot snapshot = Inputs.load(LAYOUTS.resolve(layout));
            List<io.kdiag.facts.LogLine> lines = snapshot.facts().stream()
                    .filter(io.kdiag.facts.LogLine.class::isInstance).map(io.kdiag.facts.LogLine.class::cast).toList();

            assertThat(lines).as(layout).isNotEmpty().allSatisfy(line -> {
                assertThat(line.pod()).isEqualTo(new ObjectRef("Pod", "media", "radarr-0"));
                assertThat(line.container()).isEqualTo("radarr");
            });
            assertThat(lines).as(layout).anySatisfy(line ->
                    assertThat(line.text()).contains("Now listening on: http://[::]:7878"));
        }
        Snapshot dump = Inputs.load(LAYOUTS.resolve("cluster-info-dump/dump"));
        assertThat(dump.facts()).filteredOn(io.kdiag.facts.LogLine.class::isInstance)
                .extracting(f -> ((io.kdiag.facts.LogLine) f).source())
                .containsExactly(LAYOUTS.resolve("cluster-info-dump/dump") + "/media/radarr-0/logs.txt:2",
                        LAYOUTS.resolve("cluster-info-dump/dump") + "/media/radarr-0/logs.txt:3");
    }

    @Test
    void aMustGatherTimestampIsTheCaptureTimeOverTheNewestInTheData() {
        Snapshot snapshot = Inputs.load(LAYOUTS.resolve("must-gather"));

        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:52:41.209873120Z"));
    }

    @Test
    void aSupportBundleFolderNameIsTheCaptureTime() {
        assertThat(Inputs.load(LAYOUTS.resolve("support-bundle")).capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:52:00Z"));
    }

    @Test
    void aPlainSnapshotIsDatedByItsNewestTimestamp() {
        assertThat(Inputs.load(Inputs.FIXTURES.resolve("stale-volumeattachment")).capturedAt())
                .isEqualTo(Instant.parse("2025-11-03T19:51:40Z"));
    }

    @Test
    void aBrokenTimestampFileIsReportedAndTheDataStillDatesTheSnapshot(@TempDir Path folder) {
        Inputs.write(folder.resolve("timestamp"), "yesterday, roughly\n");
        Inputs.write(folder.resolve("namespaces/media/core/pods.yaml"), Inputs.pod("a"));

        Snapshot snapshot = Inputs.load(folder);

        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message)
                .containsExactly("capture time unknown: not a time: yesterday, roughly");
        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:10:12Z"));
    }

    @Test
    void typedListItemsWithoutKindTakeTheirKindFromTheList() {
        Snapshot snapshot = Inputs.load(LAYOUTS.resolve("cluster-info-dump/dump"));

        assertThat(snapshot.counts()).containsEntry("Node", 4).containsEntry("Pod", 3).containsEntry("Event", 5);
    }

    @Test
    void aClusterInfoDumpAloneSaysWhichChecksItCannotSupportAndWhatToAdd() {
        Snapshot snapshot = Inputs.load(LAYOUTS.resolve("cluster-info-dump/dump"));

        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("a kubectl cluster-info dump holds no PersistentVolume, PersistentVolumeClaim, VolumeAttachment:")
                        .contains("`kubectl get pv,pvc,volumeattachments -A -o yaml > storage.yaml` beside the dump"));
        assertThat(Inputs.load(LAYOUTS.resolve("cluster-info-dump")).warnings()).extracting(SnapshotWarning::message)
                .noneMatch(m -> m.contains("PersistentVolume") || m.contains("StatefulSet"));
    }
}
