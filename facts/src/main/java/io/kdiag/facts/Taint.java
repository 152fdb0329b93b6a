package io.kdiag.facts;

/**
 * One taint of a node ({@code spec.taints[]}).
 *
 * @param key the taint key, for example {@code node.kubernetes.io/unreachable}
 * @param value the taint value, or {@code ""}
 * @param effect {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}
 */
public record Taint(String key, String value, String effect) {

    /** Taint set by the node lifecycle controller when the node stops reporting. */
    public static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    /** Taint set by the node lifecycle controller when the node reports NotReady. */
    public static final String NOT_READY = "node.kubernetes.io/not-ready";
    /** Taint an operator sets on a node that is shut down (non-graceful node shutdown, 1.26+). */
    public static final String OUT_OF_SERVICE = "node.kubernetes.io/out-of-service";
}
