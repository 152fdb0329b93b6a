package io.kdiag.facts.lock;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.Pod;
import io.kdiag.facts.chain.AnalysisClock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How long a provisioner's pods had run when the snapshot was taken. The operation lock lives in
 * the pod's memory, so a pod up for more than a day has had time to gather stale locks, and a
 * pod restarted since the snapshot may already have lost them.
 *
 * @param pods the provisioner's pods, in reference order
 * @param clock the analysis clock
 */
public record ProvisionerUptime(List<Pod> pods, AnalysisClock clock) {

    /** Uptime from which a provisioner has had time to gather stale locks. */
    public static final long LONG_HOURS = 24;

    /** Keeps each pod once, in reference order. */
    public ProvisionerUptime {
        pods = pods.stream().distinct().sorted(Comparator.comparing(Pod::ref)).toList();
    }

    /** The uptime of these provisioner pods at the analysis time. */
    public static ProvisionerUptime of(Collection<Pod> pods, AnalysisClock clock) {
        return new ProvisionerUptime(List.copyOf(pods), clock);
    }

    /** Whole hours the longest-running pod had run. */
    public long hours() {
        return pods.stream().mapToLong(this::hours).max().orElse(0);
    }

    /** Whole days the longest-running pod had run. */
    public long days() {
        return hours() / 24;
    }

    /** Whether a pod had run for a day or more. */
    public boolean isLong() {
        return hours() >= LONG_HOURS;
    }

    /** The pods' names, in order. */
    public List<String> podNames() {
        return pods.stream().map(Pod::name).toList();
    }

    /** Each pod's start time, as evidence. */
    public List<Evidence> evidence() {
        return pods.stream().map(p -> Evidence.of(p, "status.startTime: " + p.startTime() + " (" + hours(p)
                + "h before the snapshot)")).toList();
    }

    private long hours(Pod pod) {
        return clock.since(pod.startTime()).toHours();
    }
}
