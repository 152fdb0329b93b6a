package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never silent, end to end: input that was not read is a warning naming the file and line, a
 * report with unread input says so in its first lines in every format and never gives an
 * all-clear, and input with no Kubernetes object at all is exit 2.
 */
class UnreadInputCliTest {

    private static final String SCENARIO = "stale-volumeattachment/cluster.yaml";

    @TempDir
    Path folder;

    @Test
    void aListOfManySmallItemsIsReadToTheEnd() throws IOException {
        int items = 100_000;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("all.json"), StandardCharsets.UTF_8)) {
            out.write("{\"apiVersion\": \"v1\", \"items\": [\n");
            for (int i = 0; i < items; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": "
                        + "{\"name\": \"settings-" + i + "\", \"namespace\": \"team-" + (i % 50) + "\", \"managedFields\": "
                        + "[{\"manager\": \"kubectl\", \"operation\": \"Update\"}]}, \"data\": {\"k\": \"v\"}}");
            }
            out.write("\n], \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}}\n");
        }
        Files.copy(Path.of(CliRun.fixture(SCENARIO)), folder.resolve("cluster.yaml"));

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().path("snapshot").path("counts").path("ConfigMap").asInt()).isEqualTo(items);
        assertThat(run.json().path("snapshot").path("warnings").size()).isZero();
        assertThat(run.json().has("unreadInput")).isFalse();
        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
    }

    @Test
    void nullItemsOfAListAreWarnedAtTheirLine() throws IOException {
        Files.copy(Path.of(CliRun.fixture(SCENARIO)), folder.resolve("cluster.yaml"));
        Files.writeString(folder.resolve("more.json"), """
                {"apiVersion": "v1", "kind": "List", "items": [
                  null,
                  {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "kept"}},
                  null
                ]}
                """);

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(warnings(run)).containsExactly(
                folder.resolve("more.json") + ":2: a null item in a list, not an object: skipped",
                folder.resolve("more.json") + ":4: a null item in a list, not an object: skipped");
        assertThat(run.json().path("unreadInput").asText()).startsWith("INCOMPLETE: 2 part(s) of the input");
        assertThat(run.json().path("snapshot").path("counts").path("ConfigMap").asInt()).isEqualTo(1);
    }

    @Test
    void anObjectStampedInTheFutureIsWarnedAndNeverTheClock() throws IOException {
        Files.copy(Path.of(CliRun.fixture(SCENARIO)), folder.resolve("cluster.yaml"));
        Files.writeString(folder.resolve("skewed.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: skewed
                  namespace: default
                  creationTimestamp: "2999-01-01T00:00:00Z"
                spec:
                  containers:
                  - name: app
                    image: busybox
                """);
        String expectedClock = CliRun.analyzeJson(SCENARIO.replace("/cluster.yaml", ""))
                .json().path("snapshot").path("analyzedAt").asText();

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        JsonNode snapshot = run.json().path("snapshot");
        assertThat(snapshot.path("analyzedAt").asText()).isEqualTo(expectedClock).doesNotStartWith("2999");
        assertThat(warnings(run)).singleElement().asString()
                .startsWith(folder.resolve("skewed.yaml") + ":1: Pod default/skewed is stamped 2999-01-01T00:00:00Z")
                .contains("clock skew").contains("not used as the analysis clock");
        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
    }

    @Test
    void aFifoIsWarnedAndNeverOpened() throws Exception {
        Files.copy(Path.of(CliRun.fixture(SCENARIO)), folder.resolve("cluster.yaml"));
        Path fifo = folder.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        CliRun run = CliRun.of("analyze", folder.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(warnings(run)).singleElement().asString()
                .startsWith(fifo + ": not a regular file (a FIFO, socket or device), not read");
        assertThat(run.json().path("unreadInput").asText()).contains(fifo.toString());
        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
    }

    @Test
    void onlyLogsAreExitTwoWithOneLine() throws IOException {
        Files.writeString(folder.resolve("csi-provisioner.log"),
                "I1103 19:21:40.471090       1 controller.go:1366] provision \"media/data\" class \"ceph-block\": started\n");

        CliRun run = CliRun.of("analyze", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("kdiag: nothing to analyze in " + folder + ": no Kubernetes object, only 1 log line(s)");
    }

    @Test
    void unreadInputIsTheFirstThingEveryFormatSays() throws IOException {
        Files.copy(Path.of(CliRun.fixture("healthy/cluster.yaml")), folder.resolve("cluster.yaml"));
        Files.writeString(folder.resolve("cut.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: [unclosed\n");

        for (String format : List.of("text", "markdown", "html", "json", "yaml")) {
            CliRun run = CliRun.of("analyze", folder.toString(), "--format", format);

            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            String head = String.join(" ", run.out().lines().limit(format.equals("html") ? 4 : 5).toList())
                    .replaceAll("\\s+", " ");
            assertThat(head).as(format).contains("INCOMPLETE: 1 part(s) of the input could not be read")
                    .contains(folder.resolve("cut.yaml").toString());
            assertThat(run.out()).as(format).doesNotContain("No storage problem found.");
        }
        assertThat(CliRun.of("analyze", folder.toString()).out())
                .contains("No storage problem found in what could be read; 1 part(s) of the input could not be read");
    }

    private static List<String> warnings(CliRun run) {
        return java.util.stream.StreamSupport.stream(run.json().path("snapshot").path("warnings").spliterator(), false)
                .map(w -> w.path("source").asText() + ": " + w.path("message").asText()).toList();
    }
}
