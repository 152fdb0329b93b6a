package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value kept in a Secret, or in an embedded copy of one, appears in no report format and on no stream. */
class SecretsNeverPrintedTest {

    private static final String MARKER = "s3cr3tMarker7f1c9a";

    @TempDir
    static Path folder;

    private static Path snapshot() throws IOException {
        Path scenario = folder.resolve("cluster");
        if (Files.exists(scenario)) {
            return scenario;
        }
        Files.createDirectories(scenario);
        Files.copy(Path.of(CliRun.fixture("stale-volumeattachment/cluster.yaml")), scenario.resolve("cluster.yaml"));
        Files.writeString(scenario.resolve("secrets.yaml"), """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Secret
                  metadata:
                    name: sonarr-api
                    namespace: media
                    annotations:
                      kubectl.kubernetes.io/last-applied-configuration: |
                        {"apiVersion":"v1","kind":"Secret","metadata":{"name":"sonarr-api"},"stringData":{"key":"%1$s"}}
                  type: Opaque
                  data:
                    key: %1$s
                  stringData:
                    key: %1$s
                """.formatted(MARKER));
        Files.writeString(scenario.resolve("bazarr-0.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: bazarr-0
                  namespace: media
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: |
                      {"apiVersion":"v1","kind":"Pod","spec":{"containers":[{"env":[{"name":"API_KEY","value":"%s"}]}]}}
                spec:
                  nodeName: worker-3
                """.formatted(MARKER));
        Files.writeString(scenario.resolve("broken-secret.yaml"), "apiVersion: v1\nkind: Secret\ndata: {key: " + MARKER + "\n");
        Files.writeString(scenario.resolve("broken-secret.json"), "{\"kind\": \"Secret\", \"data\": {\"key\": " + MARKER + "}}");
        return scenario;
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "yaml", "markdown", "html", "sarif", "junit"})
    void noFormatPrintsTheMarker(String format) throws IOException {
        CliRun run = CliRun.of("analyze", snapshot().toString(), "--format", format);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732");
        assertThat(run.out()).doesNotContain(MARKER);
        assertThat(run.err()).doesNotContain(MARKER);
    }

    @Test
    void aReportWrittenToAFileHoldsNoMarkerEither() throws IOException {
        Path report = folder.resolve("report.html");

        CliRun run = CliRun.of("analyze", snapshot().toString(), "-o", "html", "--output-file", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(report)).contains("sonarr-0").doesNotContain(MARKER);
    }
}
