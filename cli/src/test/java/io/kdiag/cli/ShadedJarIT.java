package io.kdiag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar, as the {@code ./kdiag} launcher runs it, in a JVM of its own: proves that the
 * shaded jar carries everything Drools and fabric8 (its HTTP client) wire through
 * {@code META-INF/services}.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "kdiag.jar");

    private static String[] run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private static String[] run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(process.exitValue()), out, err};
    }

    @Test
    void theJarAnalysesTheReadmeExample() throws Exception {
        assertThat(Files.exists(JAR)).as("run after package").isTrue();
        String[] result = run("analyze", CliRun.fixture("stale-volumeattachment"));
        assertThat(result[0]).as(result[2]).isEqualTo("0");
        assertThat(result[1]).contains("#1 [CRITICAL] stale-volumeattachment")
                .contains("kubectl delete volumeattachment csi-11741546bd918747bc5bda29217feb2bd9524847cf60c058fb11e7b624997732");
        assertThat(result[2]).as("no progress when stderr is not a terminal").isEmpty();
    }

    @Test
    void theJarCapturesTheClusterKubeconfigNames(@TempDir Path temp) throws Exception {
        try (FixtureCluster cluster = FixtureCluster.of("stale-volumeattachment")) {
            Path out = temp.resolve("capture");
            String[] result = run(Map.of("KUBECONFIG", cluster.kubeconfig(temp).toString()), "capture", "-A", out.toString());
            assertThat(result[0]).as(result[2]).isEqualTo("0");
            assertThat(result[1]).startsWith("kdiag: captured ").contains(" from fixture into ");
            assertThat(out.resolve("pods.yaml")).isRegularFile();
            assertThat(out.resolve("kdiag-capture.yaml")).content().contains("context: fixture");
        }
    }

    @Test
    void theJarReportsItsVersionAndUsageErrors() throws Exception {
        assertThat(run("--version")[1]).startsWith("kdiag ");
        String[] bad = run("analyze");
        assertThat(bad[0]).isEqualTo("2");
        assertThat(bad[2]).contains("Missing required parameter");
    }
}
