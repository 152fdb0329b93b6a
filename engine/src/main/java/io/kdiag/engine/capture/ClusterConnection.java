package io.kdiag.engine.capture;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach a cluster, as {@code kubectl} would: the kubeconfig named, else {@code KUBECONFIG},
 * else {@code ~/.kube/config}, else the pod's service account when running inside the cluster;
 * the current context unless one is named.
 *
 * <p>Failures are bounded in time: a connection attempt gives up after {@code connectTimeout}, a
 * request after {@code requestTimeout}, and a failed request is retried at most twice, a quarter
 * of a second apart (fabric8 would otherwise retry for about 20 seconds).
 *
 * @param kubeconfig the kubeconfig file, or {@code null} for the usual places
 * @param context the context, or {@code null} for the current one
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one answer
 */
public record ClusterConnection(Path kubeconfig, String context, Duration connectTimeout, Duration requestTimeout) {

    /** The connect timeout unless one is given: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The request timeout unless one is given: 60 seconds, enough for a page of 500 pods. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private static final int RETRIES = 2;
    private static final int RETRY_INTERVAL_MILLIS = 250;
    private static final String IN_CLUSTER = "in-cluster";

    /** The current context of the usual kubeconfig, with the default timeouts. */
    public static ClusterConnection defaults() {
        return new ClusterConnection(null, null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * A client for the cluster. Nothing is sent yet: an unreachable server shows on the first
     * request.
     *
     * @throws CaptureException when the kubeconfig cannot be read or has no such context
     */
    public Connected open() throws CaptureException {
        Config config = config();
        String contextName = config.getCurrentContext() == null ? IN_CLUSTER : config.getCurrentContext().getName();
        if (context != null && !context.equals(contextName)) {
            throw new CaptureException("context \"" + context + "\" not found in " + kubeconfigName());
        }
        config.setConnectionTimeout(millis(connectTimeout));
        config.setRequestTimeout(millis(requestTimeout));
        config.setRequestRetryBackoffLimit(RETRIES);
        config.setRequestRetryBackoffInterval(RETRY_INTERVAL_MILLIS);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
        return new Connected(client, contextName);
    }

    /**
     * An open client and the name of the context it uses.
     *
     * @param client the client; close it when done
     * @param contextName the context's name, or {@code in-cluster}
     */
    public record Connected(KubernetesClient client, String contextName) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
        }
    }

    private Config config() throws CaptureException {
        try {
            if (kubeconfig == null) {
                return Config.autoConfigure(context);
            }
            if (!Files.isRegularFile(kubeconfig)) {
                throw new CaptureException(kubeconfig + ": no such kubeconfig file");
            }
            return Config.fromKubeconfig(context, kubeconfig.toFile());
        } catch (KubernetesClientException | IllegalArgumentException e) {
            throw new CaptureException("cannot read " + kubeconfigName() + ": " + Failures.oneLine(e), e);
        }
    }

    private String kubeconfigName() {
        return kubeconfig != null ? kubeconfig.toString() : "the kubeconfig";
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
