package io.kdiag.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.render.ReportFormat;
import io.kdiag.engine.report.Report;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's generator at a tiny scale: the dump it writes is analysed with the bundled
 * playbooks, and the report must show every injected fault and nothing above {@code low} that
 * no injected fault explains: the check {@code bench/run.sh} makes at 10k to 1M objects.
 */
class ClusterGeneratorTest {

    private static final Path REPOSITORY = Path.of("..");

    @TempDir
    static Path dump;
    private static ClusterGenerator.Manifest manifest;
    private static JsonNode report;
    private static Kdiag kdiag;

    @BeforeAll
    static void generateAndAnalyse() throws Exception {
        manifest = new ClusterGenerator(REPOSITORY, 7).write(3_000, dump);
        kdiag = Kdiag.builder().build();
        Report analysed = kdiag.analyze(List.of(dump.resolve("cluster.json"), dump.resolve("logs")));
        StringWriter json = new StringWriter();
        ReportFormat.JSON.write(analysed, json);
        report = new ObjectMapper().readTree(json.toString());
    }

    @Test
    void writesAboutTheAskedNumberOfObjectsAsOneList() throws Exception {
        JsonNode list = new ObjectMapper().readTree(dump.resolve("cluster.json").toFile());
        assertThat(list.path("kind").asText()).isEqualTo("List");
        assertThat(list.path("items").size()).isEqualTo((int) manifest.objects()).isBetween(2_900, 3_100);
        assertThat(report.path("snapshot").path("capturedAt").asText()).isEqualTo(manifest.clock());
        assertThat(report.path("snapshot").path("warnings")).noneMatch(w -> w.path("unread").asBoolean());
        assertThat(Files.readAllLines(dump.resolve("logs/csi-attacher.log"))).isNotEmpty();
    }

    @Test
    void injectsEveryBundledDiagnosisAndHealthyLookAlikes() {
        Set<String> injected = new HashSet<>();
        manifest.cases().stream().filter(Fault::isFault).forEach(f -> {
            injected.add(f.id());
            injected.addAll(f.present());
        });
        assertThat(injected).containsAll(kdiag.diagnosisIds());
        assertThat(manifest.cases()).anyMatch(f -> !f.isFault());
    }

    @Test
    void theAnalysisFindsEveryInjectedFaultAndNothingExtra() {
        FaultCheck.Result result = FaultCheck.check(report, manifest);
        assertThat(result.missed()).as("faults missed").isEmpty();
        assertThat(result.extra()).as("diagnoses above low that no injected fault explains").isEmpty();
        assertThat(result.found()).hasSize(manifest.cases().stream().filter(Fault::isFault)
                .mapToInt(f -> 1 + f.present().size()).sum());
    }
}
