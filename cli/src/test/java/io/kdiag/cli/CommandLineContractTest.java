package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, one-line errors, formats, determinism. */
class CommandLineContractTest {

    @Test
    void theSameInputGivesByteIdenticalOutput() {
        String first = CliRun.analyzeJson("node-gone").out();
        assertThat(CliRun.analyzeJson("node-gone").out()).isEqualTo(first);
        assertThat(CliRun.of("analyze", CliRun.fixture("node-gone")).out())
                .isEqualTo(CliRun.of("analyze", CliRun.fixture("node-gone")).out());
    }

    @Test
    void theClockComesFromTheSnapshotOrFromNow() {
        assertThat(CliRun.analyzeJson("stale-volumeattachment").json().path("snapshot").path("analyzedAt").asText())
                .isEqualTo("2025-11-03T19:51:40Z");
        assertThat(CliRun.analyzeJson("stale-volumeattachment", "--now", "2025-11-04T00:00:00Z").json()
                .path("snapshot").path("analyzedAt").asText()).isEqualTo("2025-11-04T00:00:00Z");
    }

    @Test
    void aMissingPathIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("analyze", "does-not-exist.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("kdiag: does-not-exist.yaml: no such file or directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aValueThatIsNotAFormatSeverityOrTimestampIsAUsageErrorOnOneLine() {
        assertUsageError(CliRun.of("analyze", CliRun.fixture("healthy"), "--format", "pdf"),
                "kdiag: Invalid value for option '--output': 'pdf' is not a report format "
                        + "(text, json, yaml, markdown, html, sarif, junit); to write the report to a file, use --output-file FILE");
        assertUsageError(CliRun.of("analyze", CliRun.fixture("healthy"), "--min-severity", "severe"),
                "kdiag: Invalid value for option '--min-severity': 'severe' is not a severity "
                        + "(critical, high, medium, low, info)");
        assertUsageError(CliRun.of("analyze", CliRun.fixture("healthy"), "--fail-on", "2"),
                "kdiag: Invalid value for option '--fail-on': '2' is not a severity (critical, high, medium, low, info)");
        assertUsageError(CliRun.of("analyze", CliRun.fixture("healthy"), "--now", "yesterday"),
                "kdiag: Invalid value for option '--now': 'yesterday' is not an ISO-8601 timestamp with an offset, "
                        + "such as 2025-11-03T19:52:00Z");
        assertUsageError(CliRun.of("analyze", CliRun.fixture("healthy"), "--now", "2025-11-04T00:00:00"),
                "kdiag: Invalid value for option '--now': '2025-11-04T00:00:00' is not an ISO-8601 timestamp with an "
                        + "offset, such as 2025-11-03T19:52:00Z");
    }

    @Test
    void severitiesAndFormatsAreReadInAnyCaseAndTimestampsWithAnyOffset() {
        CliRun upper = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "-o", "JSON",
                "--fail-on", "HIGH", "--min-severity", "Critical", "--now", "2025-11-04T01:00:00+01:00");
        assertThat(upper.exitCode()).as(upper.err()).isEqualTo(ExitCodes.FAILED_ON);
        assertThat(upper.ids()).containsExactly("stale-volumeattachment");
        assertThat(upper.json().path("snapshot").path("analyzedAt").asText()).isEqualTo("2025-11-04T00:00:00Z");
        CliRun belowMinimum = CliRun.analyzeJson("multi-attach-resolved", "--min-severity", "low", "--fail-on", "info");
        assertThat(belowMinimum.exitCode()).as(belowMinimum.err()).isZero();
        assertThat(belowMinimum.ids()).isEmpty();
        assertThat(CliRun.analyzeJson("multi-attach-resolved", "--fail-on", "info").exitCode())
                .isEqualTo(ExitCodes.FAILED_ON);
    }

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(message, "Try 'kdiag analyze --help'.");
    }

    @Test
    void aBrokenFileIsAWarningWithItsLineAndTheRestIsStillAnalysed(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(CliRun.fixture("stale-volumeattachment")).resolve("cluster.yaml"), dir.resolve("cluster.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: [unclosed\n");
        CliRun run = CliRun.of("analyze", dir.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.ids()).first().isEqualTo("stale-volumeattachment");
        var warning = run.json().path("snapshot").path("warnings").get(0);
        assertThat(warning.path("source").asText()).endsWith("broken.yaml:5");
        assertThat(warning.path("message").asText()).startsWith("not valid YAML");
    }

    @Test
    void nothingReadableIsExitTwoNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.json"), "{\"items\": [ {\"kind\": ");
        CliRun run = CliRun.of("analyze", dir.resolve("empty.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("empty.json:1").contains("nothing to analyze");
    }

    @Test
    void everyFormatRendersTheSameDiagnosis() {
        for (String format : new String[] {"text", "yaml", "markdown", "html"}) {
            CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--format", format);
            assertThat(run.exitCode()).as(format).isZero();
            assertThat(run.out()).as(format).contains("stale-volumeattachment")
                    .contains("kubectl delete volumeattachment csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732");
        }
    }

    @Test
    void outputGoesToTheFileWhenAsked(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "-o", "json", "--output-file", report.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"schemaVersion\": 1");
    }

    @Test
    void anOutputFileThatIsAFolderIsAnInputErrorOnOneLine(@TempDir Path dir) {
        CliRun run = CliRun.of("analyze", CliRun.fixture("stale-volumeattachment"), "--output-file", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("kdiag: " + dir);
    }

    @Test
    void explainDescribesADiagnosisAndRejectsAnUnknownOne() {
        CliRun known = CliRun.of("explain", "node-down-volume-attached");
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).contains("Declare node {node} out of service").contains("[disruptive]");
        CliRun unknown = CliRun.of("explain", "no-such-id");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("stale-volumeattachment");
    }
}
