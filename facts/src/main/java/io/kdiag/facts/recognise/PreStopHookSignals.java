package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.PreStopHookFailed;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises failed preStop hooks in kubelet events and log lines, in every wording kubelets
 * print: the {@code FailedPreStopHook} event ("Exec lifecycle hook ([...]) for Container "etcd" in
 * Pod "etcd-cluster-0_csi-mount-test(...)" failed - error: command '...' exited with 137: ...",
 * shortened forms of it, and the bare "PreStopHook failed" of kubelets that keep the hook's
 * output out of events), and the kubelet log lines "PreStop hook failed", "PreStop hook not
 * completed in grace period" (structured) and "preStop hook for container ... failed / did not
 * complete in N seconds" (klog).
 */
final class PreStopHookSignals {

    /** The event reason the kubelet gives every failed preStop hook. */
    static final String FAILED_PRESTOP_HOOK = "FailedPreStopHook";

    /** The reason of a failed postStart hook, whose message has the same lifecycle-hook wording. */
    private static final String FAILED_POSTSTART_HOOK = "FailedPostStartHook";

    /** Log wordings that are about a preStop hook (the lifecycle-hook wording is shared with postStart). */
    private static final Pattern PRESTOP_LOG =
            Pattern.compile("\\bpreStop hook\\b.*?(?:failed|not completed in grace period|did not complete in)",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NOT_COMPLETED =
            Pattern.compile("not completed in grace period|did not complete in (\\d+) seconds", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXIT_CODE = Pattern.compile("exited with (\\d{1,3})\\b");
    private static final Pattern GRACE_PERIOD = Pattern.compile("\\bgracePeriod=(\\d+)");
    private static final Pattern CONTAINER = Pattern.compile(
            "for Container \"([^\"]+)\"|\\bcontainerName=\"([^\"]+)\"|preStop hook for container \"([^\":/]+)\"",
            Pattern.CASE_INSENSITIVE);

    private PreStopHookSignals() {
    }

    /** The failed preStop hook an event about a pod reports, if it reports one. */
    static Optional<PreStopHookFailed> fromEvent(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        boolean preStop = FAILED_PRESTOP_HOOK.equals(event.reason())
                || (!FAILED_POSTSTART_HOOK.equals(event.reason()) && PRESTOP_LOG.matcher(event.message()).find());
        if (!preStop) {
            return Optional.empty();
        }
        return Optional.of(parse(event.message(), event.involved(), event.time(), Evidence.of(event)));
    }

    /**
     * The failed preStop hook a kubelet log line reports, if it reports one and names the pod
     * (a line that names no pod cannot be tied to one: the log's own pod is the kubelet's, if any).
     */
    static Optional<PreStopHookFailed> fromLogLine(LogLine line) {
        String text = line.text();
        if (!PRESTOP_LOG.matcher(text).find()) {
            return Optional.empty();
        }
        return KubeletPodNames.in(text).map(pod -> parse(text, pod, line.time(),
                new Evidence(line.origin(), text, line.source())));
    }

    private static PreStopHookFailed parse(String text, ObjectRef pod, Instant time, Evidence evidence) {
        Matcher notCompleted = NOT_COMPLETED.matcher(text);
        boolean timedOut = notCompleted.find();
        Long grace = firstNumber(GRACE_PERIOD.matcher(text));
        if (grace == null && timedOut && notCompleted.group(1) != null) {
            grace = Long.parseLong(notCompleted.group(1));
        }
        Long exit = firstNumber(EXIT_CODE.matcher(text));
        return new PreStopHookFailed(pod, containerNamedIn(text), exit == null ? null : exit.intValue(),
                timedOut, grace, time, evidence);
    }

    private static String containerNamedIn(String text) {
        Matcher m = CONTAINER.matcher(text);
        if (!m.find()) {
            return "";
        }
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return "";
    }

    private static Long firstNumber(Matcher m) {
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
