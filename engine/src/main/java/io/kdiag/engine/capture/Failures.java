package io.kdiag.engine.capture;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;

/** What a failed request means for a capture, worded in one line. */
final class Failures {

    private Failures() {
    }

    /** The innermost message of an exception chain, on one line. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        if (root != e && e.getMessage() != null && !(e instanceof KubernetesClientException)) {
            message = e.getMessage() + ": " + message;
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 300) + "..." : first;
    }

    /** The request never got an answer: the server is unreachable, or stopped answering. */
    static boolean noAnswer(KubernetesClientException e) {
        return e.getCode() == 0;
    }

    /** The credentials were refused: the whole capture must stop. */
    static boolean unauthorized(KubernetesClientException e) {
        return e.getCode() == HttpURLConnection.HTTP_UNAUTHORIZED;
    }

    /** RBAC forbids the request. */
    static boolean forbidden(KubernetesClientException e) {
        return e.getCode() == HttpURLConnection.HTTP_FORBIDDEN;
    }

    /** The cluster does not serve what was asked for (a CRD not installed, an object gone). */
    static boolean notFound(KubernetesClientException e) {
        return e.getCode() == HttpURLConnection.HTTP_NOT_FOUND;
    }

    /** Why a kind or log could not be read, in words an operator can act on. */
    static String reason(KubernetesClientException e) {
        if (forbidden(e)) {
            return "forbidden (403): " + statusMessage(e);
        }
        if (notFound(e)) {
            return "not served by this cluster (404)";
        }
        return "the API server answered " + e.getCode() + ": " + statusMessage(e);
    }

    /**
     * The capture cannot go on: the whole cluster is out of reach or the credentials are refused.
     *
     * @param server the API server's URL, to name it
     */
    static CaptureException fatal(KubernetesClientException e, String server) {
        if (unauthorized(e)) {
            return new CaptureException(server + " refused the credentials (401 Unauthorized): log in again or check"
                    + " the context's user", e);
        }
        return new CaptureException("cannot reach " + server + ": " + oneLine(e), e);
    }

    private static String statusMessage(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getStatus().getMessage().strip().lines().findFirst().orElse("");
        }
        return oneLine(e);
    }
}
