package io.kdiag.facts.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.CsiError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain log files read beside YAML: a provisioner that timed out across the new year. */
class SnapshotLoaderLogsTest {

    private static final Path FIXTURE = Path.of("..", "test-fixtures", "logs", "provisioner-across-new-year");
    private static final String PROVISIONER_LOG = FIXTURE.resolve("csi-rbdplugin-provisioner.log").toString();
    private static final String KUBELET_LOG = FIXTURE.resolve("kubelet-journal.txt").toString();

    private final Snapshot snapshot = load(FIXTURE);

    private static Snapshot load(Path... paths) {
        try {
            return new SnapshotLoader().load(List.of(paths));
        } catch (SnapshotException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> List<T> facts(Snapshot snapshot, Class<T> type) {
        return snapshot.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void logFilesBesideYamlBecomeLogLinesCountedInTheSnapshot() {
        assertThat(snapshot.counts()).containsEntry("LogLine", 12).containsEntry("PersistentVolumeClaim", 2)
                .containsEntry("Event", 2);
        assertThat(facts(snapshot, LogLine.class)).extracting(LogLine::source)
                .contains(PROVISIONER_LOG + ":1", PROVISIONER_LOG + ":9", KUBELET_LOG + ":3")
                .doesNotContain(PROVISIONER_LOG + ":8")
                .noneMatch(source -> source.contains("NOTES.txt"));
        assertThat(snapshot.warnings()).isEmpty();
    }

    @Test
    void klogYearsComeFromTheCaptureTimeAcrossTheNewYear() {
        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2026-01-02T00:20:00Z"));
        List<LogLine> lines = facts(snapshot, LogLine.class);

        assertThat(line(lines, PROVISIONER_LOG + ":5").time()).isEqualTo(Instant.parse("2025-12-31T23:50:02.213536Z"));
        assertThat(line(lines, PROVISIONER_LOG + ":9").time()).isEqualTo(Instant.parse("2026-01-02T00:19:58.004417Z"));
        assertThat(line(lines, KUBELET_LOG + ":3").time()).isEqualTo(Instant.parse("2026-01-02T00:18:05Z"));
        assertThat(line(lines, PROVISIONER_LOG + ":6").time()).as("a stack trace line").isNull();
    }

    @Test
    void theBearerTokenInTheProvisionerLogIsMasked() {
        assertThat(line(facts(snapshot, LogLine.class), PROVISIONER_LOG + ":4").text())
                .isEqualTo("request headers: Authorization: Bearer ***");
    }

    @Test
    void grpcErrorsInLogLinesBecomeCsiErrorsOnTheLogFile() {
        List<CsiError> fromLogs = facts(snapshot, CsiError.class).stream()
                .filter(e -> e.subject().kind().equals("LogFile")).toList();

        assertThat(fromLogs).extracting(CsiError::operation, CsiError::code, CsiError::volumeId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("provision", "DeadlineExceeded", "45417194-8792-4e0f-86c6-8d1af802d558"),
                org.assertj.core.groups.Tuple.tuple("provision", "Aborted", "pvc-45417194-8792-4e0f-86c6-8d1af802d558"),
                org.assertj.core.groups.Tuple.tuple("mount", "Internal", "0001-0009-rook-ceph-0000000000000002-3f2a"));
        CsiError timeout = fromLogs.get(0);
        assertThat(timeout.subject()).isEqualTo(ObjectRef.cluster("LogFile", PROVISIONER_LOG));
        assertThat(timeout.evidence().source()).isEqualTo(PROVISIONER_LOG + ":5");
        assertThat(timeout.time()).isEqualTo(Instant.parse("2025-12-31T23:50:02.213536Z"));
        assertThat(timeout.refersTo(fromLogs.get(1).volumeId())).isTrue();
    }

    @Test
    void theEventsCsiErrorConcernsTheClaim() {
        assertThat(facts(snapshot, CsiError.class)).filteredOn(e -> e.subject().kind().equals("PersistentVolumeClaim"))
                .singleElement().satisfies(e -> {
                    assertThat(e.isOperationLock()).isTrue();
                    assertThat(e.subject().name()).isEqualTo("data-radarr-0");
                });
    }

    @Test
    void aLogAloneIsDatedByItsFullTimestampsAndATxtThatIsNoLogIsNotRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("app.log"), "2025-11-03T19:40:01Z I1103 19:40:01.000000 1 a.go:1] up\n"
                + "I1102 10:00:00.000000 1 a.go:2] yesterday\n");
        Files.writeString(dir.resolve("readme.txt"), "not a log\n");

        Snapshot alone = load(dir);

        assertThat(alone.capturedAt()).isEqualTo(Instant.parse("2025-11-03T19:40:01Z"));
        assertThat(alone.counts()).containsOnlyKeys("LogLine").containsEntry("LogLine", 2);
        assertThat(facts(alone, LogLine.class)).extracting(LogLine::time)
                .containsExactly(Instant.parse("2025-11-03T19:40:01Z"), Instant.parse("2025-11-02T10:00:00Z"));
    }

    @Test
    void withoutAnyTimeYearlessLinesStayUndatedAndAWarningSaysSo(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("provisioner.log");
        Files.writeString(log, "plain start\nE0514 11:45:34.213536 1 controller.go:910] failed\n");

        Snapshot undated = load(log);

        assertThat(undated.capturedAt()).isNull();
        assertThat(facts(undated, LogLine.class)).extracting(LogLine::time).containsOnlyNulls();
        assertThat(undated.warnings()).singleElement().extracting(SnapshotWarning::source).isEqualTo(log + ":2");
    }

    private static LogLine line(List<LogLine> lines, String source) {
        return lines.stream().filter(l -> l.source().equals(source)).findFirst().orElseThrow(() -> new AssertionError(source));
    }
}
