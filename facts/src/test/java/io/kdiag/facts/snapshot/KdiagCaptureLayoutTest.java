package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder {@code kdiag capture} wrote is read by its manifest: capture time, log owners, what was not checked. */
class KdiagCaptureLayoutTest {

    @TempDir
    Path temp;

    @Test
    void aCaptureIsReadWithItsCaptureTimeItsContainerLogsAndItsGaps() throws IOException {
        CaptureManifest manifest = new CaptureManifest("2025-11-03T19:52:00Z", "prod", "https://10.0.0.1:6443/",
                "v1.31.4", List.of(), List.of(new CaptureManifest.CapturedKind("Pod", "v1", "pods.yaml", 1)),
                List.of(new CaptureManifest.CapturedLog("rook-ceph", "csi-rbdplugin-provisioner-0", "csi-provisioner",
                        "logs/rook-ceph/csi-rbdplugin-provisioner-0/csi-provisioner.log", "CSI controller")),
                List.of(new CaptureManifest.NotChecked("VolumeAttachment (storage.k8s.io/v1)",
                        "forbidden (403): volumeattachments.storage.k8s.io is forbidden")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        Path top = temp.resolve("capture");
        Inputs.write(top.resolve(CaptureManifest.FILE_NAME), bytes.toByteArray());
        Inputs.write(top.resolve("pods.yaml"), "---\n" + Inputs.pod("sonarr-0"));
        Inputs.write(top.resolve("logs/rook-ceph/csi-rbdplugin-provisioner-0/csi-provisioner.log"),
                "E1103 19:51:58.000000       1 controller.go:957] an operation with the given Volume ID"
                        + " pvc-1 already exists\n");

        Snapshot snapshot = Inputs.load(top);

        assertThat(snapshot.captureTime()).contains(Instant.parse("2025-11-03T19:52:00Z"));
        assertThat(Inputs.podNames(snapshot)).containsExactly("sonarr-0");
        assertThat(snapshot.facts()).filteredOn(LogLine.class::isInstance).map(LogLine.class::cast)
                .singleElement().satisfies(line -> {
                    assertThat(line.pod()).isEqualTo(new ObjectRef("Pod", "rook-ceph", "csi-rbdplugin-provisioner-0"));
                    assertThat(line.container()).isEqualTo("csi-provisioner");
                    assertThat(line.time()).isEqualTo(Instant.parse("2025-11-03T19:51:58Z"));
                });
        assertThat(snapshot.warnings()).containsExactly(new SnapshotWarning(top + "/" + CaptureManifest.FILE_NAME,
                "not checked: VolumeAttachment (storage.k8s.io/v1): forbidden (403): volumeattachments.storage.k8s.io"
                        + " is forbidden"));
    }

    @Test
    void aManifestThatCannotBeReadIsAWarningAndTheRestIsRead() throws IOException {
        Path top = temp.resolve("capture");
        Inputs.write(top.resolve(CaptureManifest.FILE_NAME), "capturedAt: [not, a, time\n");
        Inputs.write(top.resolve("pods.yaml"), Inputs.pod("sonarr-0"));

        Snapshot snapshot = Inputs.load(top);

        assertThat(Inputs.podNames(snapshot)).containsExactly("sonarr-0");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::message)
                .anyMatch(m -> m.startsWith("capture time unknown: cannot read " + CaptureManifest.FILE_NAME));
    }

    @Test
    void aCaptureLoadedUnderANameIsNamedSoInSourcesAndWarnings() throws IOException {
        Path top = temp.resolve("kdiag-live-123");
        Inputs.write(top.resolve(CaptureManifest.FILE_NAME), "capturedAt: 2025-11-03T19:52:00Z\n");
        Inputs.write(top.resolve("pods.yaml"), "kind: Pod\n");

        Snapshot snapshot;
        try {
            snapshot = new SnapshotLoader().load(top, "live:prod");
        } catch (SnapshotException e) {
            throw new AssertionError(e);
        }

        assertThat(snapshot.sources()).containsExactly("live:prod");
        assertThat(snapshot.warnings()).extracting(SnapshotWarning::source).allMatch(s -> s.startsWith("live:prod/"))
                .isNotEmpty();
    }
}
