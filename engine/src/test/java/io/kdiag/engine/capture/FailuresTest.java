package io.kdiag.engine.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aRefusedConnectionSaysItCouldNotConnect() {
        ConnectException refused = new ConnectException();
        refused.initCause(new ClosedChannelException());
        KubernetesClientException e = new KubernetesClientException("An error has occurred.", new IOException(null, refused));

        assertThat(Failures.noAnswer(e)).isTrue();
        assertThat(Failures.fatal(e, "https://10.0.0.1:6443/").getMessage())
                .isEqualTo("cannot reach https://10.0.0.1:6443/: could not connect (ClosedChannelException)");
    }

    @Test
    void aTimeoutKeepsItsOwnWords() {
        KubernetesClientException e = new KubernetesClientException("An error has occurred.",
                new HttpConnectTimeoutException("HTTP connect timed out"));

        assertThat(Failures.fatal(e, "https://10.0.0.1:6443/").getMessage())
                .isEqualTo("cannot reach https://10.0.0.1:6443/: HTTP connect timed out");
    }

    @Test
    void forbiddenAndNotServedAreWordedForTheReport() {
        KubernetesClientException forbidden = new KubernetesClientException(new StatusBuilder().withCode(403)
                .withMessage("volumeattachments.storage.k8s.io is forbidden: User \"u\" cannot list resource"
                        + " \"volumeattachments\" in API group \"storage.k8s.io\" at the cluster scope").build());
        KubernetesClientException notServed = new KubernetesClientException(new StatusBuilder().withCode(404)
                .withMessage("the server could not find the requested resource").build());

        assertThat(Failures.reason(forbidden)).startsWith("forbidden (403): volumeattachments.storage.k8s.io is forbidden");
        assertThat(Failures.reason(notServed)).isEqualTo("not served by this cluster (404)");
        assertThat(Failures.noAnswer(forbidden) || Failures.unauthorized(forbidden)).isFalse();
    }

    @Test
    void refusedCredentialsStopTheCapture() {
        KubernetesClientException unauthorized = new KubernetesClientException(new StatusBuilder().withCode(401)
                .withMessage("Unauthorized").build());

        assertThat(Failures.unauthorized(unauthorized)).isTrue();
        assertThat(Failures.fatal(unauthorized, "https://10.0.0.1:6443/").getMessage()).startsWith(
                "https://10.0.0.1:6443/ refused the credentials (401 Unauthorized)");
    }
}
