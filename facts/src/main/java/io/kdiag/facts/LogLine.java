package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a log: a CSI sidecar's, a CSI driver's, kube-controller-manager's or a kubelet's.
 *
 * @param text the line's message, without its timestamp and severity prefix; credentials are
 *     masked and a very long line is cut
 * @param time when it was written, or {@code null} when the line carries no timestamp (or one
 *     without a year in a snapshot that holds no other time)
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

    /**
     * The value of a structured-logging key ({@code pod="ns/name"}, {@code gracePeriod=300}),
     * unquoted, or {@code ""} when the line has no such key.
     */
    public String field(String key) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s\"]*))")
                .matcher(text);
        if (!m.find()) {
            return "";
        }
        return m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2);
    }
}
