package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.kdiag.engine.capture.ClusterKind;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kubectl} pointed at the same mock API server reads what kdiag captures: the same
 * objects (paged the same way) and the same container log. Skipped, saying why, where kubectl is
 * not installed ({@code .ci/run} installs Debian's {@code kubernetes-client} when it is missing).
 */
class KubectlAgreesWithMockTest {

    private static final String FIXTURE = "operation-lock-in-logs";
    private static final String NAMESPACE = "rook-ceph";
    private static final String POD = "csi-rbdplugin-provisioner-6b8f9c7d5-4xk2p";
    private static Path kubectl;

    @TempDir
    Path temp;

    @BeforeAll
    static void findKubectl() {
        kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    private FixtureCluster cluster;
    private Path kubeconfig;
    private Path out;

    /** The fixture served, and captured by kdiag. */
    @BeforeEach
    void captureTheFixture() throws IOException {
        assumeTrue(kubectl != null, "kubectl is not on the PATH: install Debian's kubernetes-client to run this test");
        cluster = FixtureCluster.of(FIXTURE);
        kubeconfig = cluster.kubeconfig(temp);
        out = temp.resolve("capture");
        assertThat(CliRun.of("capture", "--kubeconfig", kubeconfig.toString(), "-A", out.toString()).exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void kubectlListsTheObjectsKdiagCaptures() throws Exception {
        int kdiagRequests = cluster.requests().size();
        String resources = ClusterKind.ALL.stream()
                .map(k -> k.group().isEmpty() ? k.resource() : k.resource() + "." + k.group())
                .collect(Collectors.joining(","));
        String listed = kubectl("get", resources, "-A", "-o", "json", "--chunk-size=2");
        Set<String> kubectlSees = new TreeSet<>();
        new ObjectMapper().readTree(listed).path("items").forEach(item -> kubectlSees.add(identity(item)));

        assertThat(kubectlSees).hasSizeGreaterThan(10).isEqualTo(captured(out));
        List<String> kubectlPages = cluster.requests().subList(kdiagRequests, cluster.requests().size()).stream()
                .filter(r -> r.startsWith("GET /api/v1/pods?")).toList();
        assertThat(kubectlPages).hasSizeGreaterThan(1).allMatch(r -> r.contains("limit=2"));
    }

    @Test
    void kubectlReadsTheContainerLogKdiagCaptures() throws Exception {
        String log = kubectl("logs", "-n", NAMESPACE, POD, "-c", "csi-provisioner", "--tail=2000");
        assertThat(log).isNotBlank().isEqualTo(Files.readString(out.resolve("logs").resolve(NAMESPACE).resolve(POD)
                .resolve("csi-provisioner.log")));
    }

    private static String identity(JsonNode object) {
        JsonNode metadata = object.path("metadata");
        return object.path("kind").asText() + " " + metadata.path("namespace").asText("") + "/" + metadata.path("name").asText();
    }

    /** Every object in the capture's object files, as {@code Kind namespace/name}. */
    private static Set<String> captured(Path out) throws IOException {
        KubernetesSerialization serialization = new KubernetesSerialization();
        Set<String> identities = new TreeSet<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                if (file.getFileName().toString().equals(io.kdiag.facts.snapshot.CaptureManifest.FILE_NAME)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    Object parsed = serialization.unmarshal(in);
                    List<?> objects = parsed instanceof List<?> list ? list : List.of(parsed);
                    for (Object object : objects) {
                        HasMetadata o = (HasMetadata) object;
                        identities.add(o.getKind() + " " + Optional.ofNullable(o.getMetadata().getNamespace()).orElse("")
                                + "/" + o.getMetadata().getName());
                    }
                }
            }
        }
        return identities;
    }

    private String kubectl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(kubectl.toString(), "--kubeconfig", kubeconfig.toString(),
                "--cache-dir", temp.resolve("kubectl-cache").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(temp.resolve("kubectl.err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("kubectl.err"))).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
