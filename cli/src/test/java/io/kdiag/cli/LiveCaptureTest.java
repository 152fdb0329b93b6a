package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kdiag.engine.AnalysisOptions;
import io.kdiag.engine.Kdiag;
import io.kdiag.engine.RuleCompilationException;
import io.kdiag.engine.capture.ClusterKind;
import io.kdiag.engine.report.ChainLink;
import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import io.kdiag.facts.snapshot.CaptureManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kdiag capture} and {@code kdiag analyze --live} against the fabric8 mock API server
 * loaded with test fixtures: what a capture reads gives the same ranked diagnoses as the fixture
 * itself, with only GET requests and never a secret.
 */
class LiveCaptureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** The bundled playbooks, compiled once for the fixture comparisons. */
    private static Kdiag kdiag;

    @BeforeAll
    static void compilePlaybooks() throws RuleCompilationException {
        kdiag = Kdiag.builder().build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stale-volumeattachment", "operation-lock-in-logs", "orphaned-snapshot-operation-lock",
            "node-down-csi", "csi-volume-handle-mismatch", "volsync-populator-recovered", "prestop-hook-killed",
            "healthy"})
    void aCaptureOfAFixtureGivesTheFixturesRankedDiagnoses(String fixture) throws Exception {
        Report direct = kdiag.analyze(List.of(CliRun.ROOT.resolve("test-fixtures").resolve(fixture)));
        AnalysisOptions sameClock = AnalysisOptions.defaults().withNow(Instant.parse(direct.snapshot().analyzedAt()));
        try (FixtureCluster cluster = FixtureCluster.of(fixture)) {
            Path out = temp.resolve("capture");
            CliRun capture = CliRun.of("capture", "--kubeconfig", cluster.kubeconfig(temp).toString(), "-A", out.toString());
            assertThat(capture.exitCode()).as(capture.err()).isZero();

            Report captured = kdiag.analyze(List.of(out), sameClock);
            assertThat(captured.diagnoses()).extracting(LiveCaptureTest::withoutSources)
                    .isEqualTo(direct.diagnoses().stream().map(LiveCaptureTest::withoutSources).toList());
            assertThat(captured.snapshot().warnings()).isEmpty();
            assertOnlyReads(cluster.requests());
        }
    }

    /** A diagnosis without where its evidence was read (the file names of a capture differ from a fixture's). */
    private static List<Object> withoutSources(Diagnosis d) {
        return List.of(d.rank(), d.id(), d.title(), d.severity(), d.confidence(), d.summary(), d.rootCause(),
                d.affected(), d.remediation(), d.verification(), d.chain().stream().map(ChainLink::id).toList());
    }

    @Test
    void logsAreAttributedToTheirPodAndContainer() throws IOException {
        try (FixtureCluster cluster = FixtureCluster.of("operation-lock-in-logs")) {
            Path out = temp.resolve("capture");
            CliRun.of("capture", "--kubeconfig", cluster.kubeconfig(temp).toString(), "-A", out.toString());
            CaptureManifest manifest = manifest(out);
            assertThat(manifest.logs()).extracting(CaptureManifest.CapturedLog::container)
                    .contains("csi-provisioner", "csi-snapshotter", "csi-rbdplugin");
            assertThat(manifest.logs()).allSatisfy(log -> assertThat(log.reason()).isEqualTo("CSI controller"));
            assertThat(out.resolve("logs/rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/csi-provisioner.log"))
                    .hasSameTextualContentAs(CliRun.ROOT.resolve("test-fixtures/operation-lock-in-logs/logs/rook-ceph/"
                            + "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/csi-provisioner.log"));
            JsonNode report = CliRun.of("analyze", out.toString(), "--format", "json").json();
            String evidence = report.path("diagnoses").toString();
            assertThat(evidence).contains("\"kind\":\"Pod\",\"namespace\":\"rook-ceph\",\"name\":\"csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p\"");
        }
    }

    @Test
    void logBoundsAndNamespacesAreSentAsKubectlSendsThem() throws IOException {
        try (FixtureCluster cluster = FixtureCluster.of("operation-lock-in-logs")) {
            Path out = temp.resolve("capture");
            CliRun run = CliRun.of("capture", "--kubeconfig", cluster.kubeconfig(temp).toString(), "-n", "rook-ceph",
                    "-n", "media", "--log-tail", "3", "--log-since", "1h", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();

            List<String> logReads = cluster.requests().stream().filter(r -> r.contains("/log?")).toList();
            assertThat(logReads).isNotEmpty().allMatch(r -> r.contains("tailLines=3") && r.contains("sinceSeconds=3600")
                    && r.contains("timestamps=true"));
            assertThat(out.resolve("logs/rook-ceph/csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p/csi-provisioner.log"))
                    .content().hasLineCount(3);
            assertThat(cluster.requests()).filteredOn(r -> r.contains("/pods?"))
                    .extracting(r -> r.split("\\?")[0])
                    .containsExactly("GET /api/v1/namespaces/rook-ceph/pods", "GET /api/v1/namespaces/media/pods");
            assertThat(manifest(out).namespaces()).containsExactly("rook-ceph", "media");
        }
    }

    @Test
    void liveAnalysisIsTheAnalysisOfACaptureAndLeavesNothingBehind() throws IOException {
        try (FixtureCluster cluster = FixtureCluster.of("stale-volumeattachment")) {
            String kubeconfig = cluster.kubeconfig(temp).toString();
            Path out = temp.resolve("capture.tar.gz");
            assertThat(CliRun.of("capture", "--kubeconfig", kubeconfig, "-A", out.toString()).exitCode()).isZero();
            assertThat(out).isRegularFile();
            String now = "2025-11-03T20:00:00Z";
            CliRun fromArchive = CliRun.of("analyze", out.toString(), "--format", "json", "--now", now);
            long tempsBefore = liveTempFolders();
            CliRun live = CliRun.of("analyze", "--live", "--kubeconfig", kubeconfig, "-A", "--format", "json", "--now", now);

            assertThat(live.exitCode()).as(live.err()).isZero();
            assertThat(live.ids()).contains("stale-volumeattachment");
            assertThat(ranked(live)).isEqualTo(ranked(fromArchive));
            assertThat(live.json().path("snapshot").path("sources").toString()).isEqualTo("[\"live:fixture\"]");
            assertThat(liveTempFolders()).isEqualTo(tempsBefore);
        }
    }

    @Test
    void listsArePagedAsKubectlPagesThem() throws IOException {
        try (FixtureCluster cluster = FixtureCluster.of("csi-operation-lock")) {
            Path out = temp.resolve("capture");
            CliRun run = CliRun.of("capture", "--kubeconfig", cluster.kubeconfig(temp).toString(), "-A",
                    "--chunk-size", "2", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(cluster.served().get("Pod")).isGreaterThan(4);
            assertThat(manifest(out).kinds()).filteredOn(k -> k.kind().equals("Pod"))
                    .singleElement().extracting(CaptureManifest.CapturedKind::count).isEqualTo(cluster.served().get("Pod"));
            List<String> podPages = cluster.requests().stream().filter(r -> r.startsWith("GET /api/v1/pods?")).toList();
            assertThat(podPages).hasSize((cluster.served().get("Pod") + 1) / 2);
            assertThat(podPages).allMatch(r -> r.contains("limit=2"));
            assertThat(podPages.subList(1, podPages.size())).allMatch(r -> r.contains("continue="));
        }
    }

    @Test
    void aForbiddenOrUnservedKindIsNotCheckedAndTheRestIsCaptured() throws IOException {
        try (FixtureCluster cluster = FixtureCluster.of("stale-volumeattachment")) {
            cluster.forbid("volumeattachments");
            cluster.unserve("volsync.backube");
            Path out = temp.resolve("capture");
            CliRun capture = CliRun.of("capture", "--kubeconfig", cluster.kubeconfig(temp).toString(), "-A", out.toString());
            assertThat(capture.exitCode()).as(capture.err()).isZero();
            assertThat(capture.out()).contains("not checked: 3");

            JsonNode report = CliRun.of("analyze", out.toString(), "--format", "json").json();
            List<String> warnings = StreamSupport.stream(report.path("snapshot").path("warnings").spliterator(), false)
                    .map(w -> w.path("message").asText()).toList();
            assertThat(warnings).contains(
                    "not checked: VolumeAttachment (storage.k8s.io/v1): forbidden (403): volumeattachments.storage.k8s.io"
                            + " is forbidden: User \"system:serviceaccount:kdiag:kdiag\" cannot list resource"
                            + " \"volumeattachments\" in API group \"storage.k8s.io\" at the cluster scope",
                    "not checked: ReplicationDestination (volsync.backube/v1alpha1): not served by this cluster (404)",
                    "not checked: ReplicationSource (volsync.backube/v1alpha1): not served by this cluster (404)");
            assertThat(report.path("snapshot").path("counts").path("Pod").asInt()).isEqualTo(cluster.served().get("Pod"));
            assertThat(report.path("snapshot").path("counts").has("VolumeAttachment")).isFalse();
        }
    }

    @Test
    void anUnreachableServerIsOneLineAndExit2() throws IOException {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String kubeconfig = FixtureCluster.writeKubeconfig(temp, "http://127.0.0.1:" + closed).toString();
        for (String[] args : List.of(new String[] {"capture", "--kubeconfig", kubeconfig, temp.resolve("out").toString()},
                new String[] {"analyze", "--live", "--kubeconfig", kubeconfig})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("kdiag: cannot reach http://127.0.0.1:" + closed + "/");
            assertThat(run.out()).isEmpty();
        }
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingContextOrRefusedCredentialsIsOneLineAndExit2() throws IOException {
        try (FixtureCluster cluster = new FixtureCluster()) {
            String kubeconfig = cluster.kubeconfig(temp).toString();
            CliRun wrongContext = CliRun.of("analyze", "--live", "--kubeconfig", kubeconfig, "--context", "prod");
            assertThat(wrongContext.exitCode()).isEqualTo(2);
            assertThat(wrongContext.err()).isEqualTo("kdiag: context \"prod\" not found in " + kubeconfig + "\n");

            cluster.refuseCredentials();
            CliRun refused = CliRun.of("capture", "--kubeconfig", kubeconfig, temp.resolve("out").toString());
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err().lines()).singleElement().asString()
                    .contains("refused the credentials (401 Unauthorized)");
        }
    }

    @Test
    void clusterOptionsWithoutLiveAndAnalyzeWithoutInputAreUsageErrors() {
        CliRun noInput = CliRun.of("analyze");
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.err()).contains("Missing required parameter: 'PATH' (or --live)");
        CliRun clusterWithoutLive = CliRun.of("analyze", CliRun.fixture("healthy"), "-A");
        assertThat(clusterWithoutLive.exitCode()).isEqualTo(2);
        assertThat(clusterWithoutLive.err()).contains("cluster options need --live");
    }

    /** Each request a GET of the version, a list of a kind kdiag reads, or a container log; never a secret. */
    static void assertOnlyReads(List<String> requests) {
        assertThat(requests).isNotEmpty().allSatisfy(request -> {
            assertThat(request).startsWith("GET ").doesNotContainIgnoringCase("secret").doesNotContain("watch=");
            String path = request.substring(4).split("\\?")[0];
            boolean known = path.equals("/version") || path.matches("/api/v1/namespaces/[^/]+/pods/[^/]+/log")
                    || ClusterKind.ALL.stream().anyMatch(kind -> path.matches(listPath(kind)));
            assertThat(known).as(request).isTrue();
        });
    }

    private static String listPath(ClusterKind kind) {
        String root = kind.group().isEmpty() ? "/api/v1" : "/apis/" + kind.group() + "/" + kind.version();
        return root.replace(".", "\\.") + "(/namespaces/[^/]+)?/" + kind.resource();
    }

    /** The diagnoses as ranked, without where each piece of evidence was read (file names differ). */
    private static List<JsonNode> ranked(CliRun run) {
        return run.diagnoses().stream().map(d -> {
            ObjectNode kept = JSON.createObjectNode();
            for (String field : List.of("rank", "id", "title", "severity", "confidence", "summary", "rootCause",
                    "affected", "remediation", "verification")) {
                kept.set(field, d.path(field));
            }
            ArrayNode links = kept.putArray("chain");
            d.path("chain").forEach(link -> links.add(link.path("id")));
            return (JsonNode) kept;
        }).toList();
    }

    private static CaptureManifest manifest(Path capture) throws IOException {
        try (InputStream in = Files.newInputStream(capture.resolve(CaptureManifest.FILE_NAME))) {
            return CaptureManifest.read(in);
        }
    }

    private static long liveTempFolders() throws IOException {
        try (var children = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return children.filter(p -> p.getFileName().toString().startsWith("kdiag-live-")).count();
        }
    }
}
