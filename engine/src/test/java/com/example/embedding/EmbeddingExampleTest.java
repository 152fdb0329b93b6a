package com.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import io.kdiag.engine.report.Severity;
import io.kdiag.facts.snapshot.Snapshot;
import io.kdiag.facts.snapshot.SnapshotLoader;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How a program embeds kdiag, using only its public API: build once, analyse snapshots read from
 * paths, from a stream, or from the fabric8 objects the program already holds, and write the
 * report in any format. (Outside {@code io.kdiag}, as an embedding program is.)
 */
class EmbeddingExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FIXTURE = ROOT.resolve("test-fixtures/stale-volumeattachment/cluster.yaml");
    private static final String ATTACHMENT = "csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732";

    private static Kdiag kdiag;
    private static final SnapshotLoader LOADER = new SnapshotLoader();

    @BeforeAll
    static void buildOnce() throws Exception {
        kdiag = Kdiag.builder().build();
    }

    @Test
    void aStreamNamedLikeTheFileGivesTheSameReportAsThePath() throws Exception {
        Report fromPath = kdiag.analyze(List.of(FIXTURE));
        Snapshot snapshot;
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            snapshot = LOADER.read(FIXTURE.toString(), in);
        }

        assertThat(json(kdiag.analyze(snapshot))).isEqualTo(json(fromPath));
        assertThat(fromPath.top().map(Diagnosis::id)).hasValue("stale-volumeattachment");
    }

    @Test
    void fabric8ObjectsAProgramHoldsAreAnalysedWithoutWritingText() throws Exception {
        List<HasMetadata> objects = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            objects.addAll(new KubernetesSerialization().<KubernetesList>unmarshal(in).getItems());
        }
        objects.add(new GenericKubernetesResourceBuilder().withApiVersion("snapshot.storage.k8s.io/v1")
                .withKind("VolumeSnapshot").withNewMetadata().withNamespace("media").withName("config-sonarr-0-daily")
                .endMetadata().build());

        Report report = kdiag.analyze(LOADER.fromObjects("live", objects),
                AnalysisOptions.defaults().withNow(Instant.parse("2025-11-03T20:00:00Z")).withMinSeverity(Severity.HIGH));

        Diagnosis top = report.top().orElseThrow();
        assertThat(top.id()).isEqualTo("stale-volumeattachment");
        assertThat(top.rootCause().name()).isEqualTo(ATTACHMENT);
        assertThat(top.chain().get(0).evidence().get(0).source()).matches("live\\[\\d+]");
        assertThat(report.snapshot().sources()).containsExactly("live");
        assertThat(report.snapshot().analyzedAt()).isEqualTo("2025-11-03T20:00:00Z");
        assertThat(report.snapshot().counts()).containsEntry("Pod", 3).containsEntry("VolumeAttachment", 3)
                .containsEntry("VolumeSnapshot", 1);
        assertThat(report.diagnoses()).allMatch(d -> d.severity().atLeast(Severity.HIGH));
    }

    @Test
    void theReportIsWrittenInEveryFormatNamingTheRealAttachment() throws Exception {
        Report report = kdiag.analyze(List.of(FIXTURE));

        for (ReportFormat format : ReportFormat.values()) {
            StringWriter out = new StringWriter();
            format.write(report, out);
            assertThat(out.toString()).as(format.name()).contains("kubectl delete volumeattachment " + ATTACHMENT);
        }
    }

    @Test
    void explainDescribesADiagnosisWithItsPlaceholders() {
        assertThat(kdiag.explain("stale-volumeattachment")).hasValueSatisfying(info -> {
            assertThat(info.origin()).isEqualTo("builtin");
            assertThat(info.title()).contains("{attachment}");
        });
        assertThat(kdiag.explain("no-such-diagnosis")).isEmpty();
    }

    private static String json(Report report) throws Exception {
        StringWriter out = new StringWriter();
        ReportFormat.JSON.write(report, out);
        return out.toString();
    }
}
