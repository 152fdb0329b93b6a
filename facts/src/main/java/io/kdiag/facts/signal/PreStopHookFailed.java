package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A container's preStop hook that did not finish: it failed (the kubelet's
 * {@code FailedPreStopHook} event, "Exec lifecycle hook (...) failed - error: command ... exited
 * with 137") or the kubelet stopped waiting for it ("PreStop hook not completed in grace period").
 *
 * @param pod the pod whose container ran the hook
 * @param container the container, or {@code ""} when the wording does not name it
 * @param exitCode the hook command's exit status, or {@code null} when the wording gives none
 * @param notCompletedInGracePeriod whether the kubelet reports that the hook was still running
 *     when the grace period ended
 * @param gracePeriodSeconds the grace period the kubelet waited, or {@code null} when not given
 * @param time when it was reported, or {@code null}
 * @param evidence the event or log line it was read from
 */
public record PreStopHookFailed(
        ObjectRef pod,
        String container,
        Integer exitCode,
        boolean notCompletedInGracePeriod,
        Long gracePeriodSeconds,
        Instant time,
        Evidence evidence) {

    /** Exit status of a process ended by SIGKILL (128 + 9). */
    public static final int SIGKILL_EXIT = 137;

    /** Whether the hook was killed: it exited with 137 (SIGKILL) or outlived the grace period. */
    public boolean killed() {
        return notCompletedInGracePeriod || (exitCode != null && exitCode == SIGKILL_EXIT);
    }

    /** Whether this report concerns the named container; a report that names none concerns all. */
    public boolean concerns(String containerName) {
        return container.isEmpty() || container.equals(containerName);
    }
}
