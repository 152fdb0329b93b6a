package io.kdiag.cli;

import io.kdiag.engine.capture.CaptureOptions;
import io.kdiag.engine.capture.ClusterConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that say which cluster to read and how much of it, as {@code kubectl} users know
 * them; shared by {@code kdiag capture} and {@code kdiag analyze --live}.
 */
final class ClusterOptions {

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig file (default: $KUBECONFIG, else ~/.kube/config, else the pod's service account).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context (default: the current one).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Read namespaced kinds in NS (repeatable; default: the context's namespace).")
    List<String> namespaces = new ArrayList<>();

    @Option(names = {"-A", "--all-namespaces"}, description = "Read every namespace.")
    boolean allNamespaces;

    @Option(names = "--log-tail", paramLabel = "N", defaultValue = "" + CaptureOptions.DEFAULT_LOG_TAIL_LINES,
            description = "Read the newest N lines of each container log; -1 for all (default: ${DEFAULT-VALUE}).")
    int logTail;

    @Option(names = "--log-since", paramLabel = "DURATION", converter = GoDuration.class,
            description = "Read only log lines newer than DURATION, such as 1h or 30m (default: no bound).")
    Duration logSince;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "" + CaptureOptions.DEFAULT_CHUNK_SIZE,
            description = "List objects in pages of N, as kubectl does (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--request-timeout", paramLabel = "DURATION", converter = GoDuration.class, defaultValue = "60s",
            description = "Give up on one request after DURATION (default: ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = GoDuration.class, defaultValue = "10s",
            description = "Give up connecting to the API server after DURATION (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Whether any option names a cluster or what to read of it. */
    boolean anyGiven() {
        return kubeconfig != null || context != null || !namespaces.isEmpty() || allNamespaces || logSince != null;
    }

    /** How to reach the cluster. */
    ClusterConnection connection() {
        return new ClusterConnection(kubeconfig, context, connectTimeout, requestTimeout);
    }

    /** What to read, with progress lines going to {@code progress}. */
    CaptureOptions capture(Progress progress) {
        if (allNamespaces && !namespaces.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "-A and -n exclude each other");
        }
        return new CaptureOptions(namespaces, allNamespaces, logTail, logSince, chunkSize, Clock.systemUTC(),
                progress::say);
    }
}
