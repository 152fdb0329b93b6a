package io.kdiag.engine.capture;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.HttpURLConnection;

/** What a failed request means for a capture, worded in one line. */
final class Failures {

    /** The message fabric8 gives every failure it wraps. */
    private static final String GENERIC = "An error has occurred.";

    private Failures() {
    }

    /**
     * The first telling message of an exception chain, on one line: fabric8's generic
     * "An error has occurred." is skipped, and the JDK client's message-less
     * {@code ConnectException} says it could not connect.
     */
    static String oneLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException && t.getMessage() == null) {
                return "could not connect (" + causeName(t) + ")";
            }
            String message = t.getMessage();
            if (message != null && !message.isBlank() && !message.equals(GENERIC)) {
                String first = message.strip().lines().findFirst().orElse("");
                return first.length() > 300 ? first.substring(0, 300) + "..." : first;
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String causeName(Throwable t) {
        return (t.getCause() != null ? t.getCause() : t).getClass().getSimpleName();
    }

    /**
     * The request never got an HTTP answer: the server is unreachable, or stopped answering.
     * fabric8 gives such failures the code -1 (0 in some paths).
     */
    static boolean noAnswer(KubernetesClientException e) {
        return e.getCode() <= 0;
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
