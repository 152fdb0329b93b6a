package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a log: a CSI sidecar's, a CSI driver's, kube-controller-manager's or a kubelet's.
 *
 * @param text the line's message, without its timestamp and severity prefix
 * @param time when it was written, or {@code null} when the line carries no timestamp
 * @param severity {@code I}, {@code W}, {@code E} or {@code F} for klog lines (also the
 *     structured level), or {@code ""}
 * @param pod the pod whose log it is, or {@code null} for a plain log file
 * @param container the container whose log it is, or {@code ""}
 * @param source where it was read, as {@code file:line}
 */
public record LogLine(String text, Instant time, String severity, ObjectRef pod, String container, String source) {

    /** The object the line is evidence from: its pod, or the log file itself. */
    public ObjectRef origin() {
        if (pod != null) {
            return pod;
        }
        String file = source.contains(":") ? source.substring(0, source.lastIndexOf(':')) : source;
        return ObjectRef.cluster("LogFile", file);
    }

    /** The time of the line, if it has one. */
    public Optional<Instant> timestamp() {
        return Optional.ofNullable(time);
    }
}
