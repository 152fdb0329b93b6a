package io.kdiag.facts.signal;

import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.Pod;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one container's preStop hook does, read from its command: whether it signals processes
 * ({@code kill}, {@code pkill}, {@code killall}; {@code kill -0} only probes) and how long its
 * {@code sleep}s add up to.
 *
 * @param pod the pod that declares the hook
 * @param container the container the hook belongs to
 * @param command the hook's command as the pod declares it ({@code sleep N} for a sleep action)
 * @param signalsProcesses whether the command sends signals to processes, such as the
 *     container's own main process
 * @param sleepSeconds the sum of the command's {@code sleep} durations, in seconds
 */
public record PreStopHook(ObjectRef pod, String container, String command, boolean signalsProcesses, long sleepSeconds) {

    private static final Pattern KILL = Pattern.compile("(?<![\\w.-])(?:/(?:usr/)?s?bin/)?(?:pkill|killall|kill)\\s+(?!-0\\b)\\S");
    private static final Pattern SLEEP = Pattern.compile("(?<![\\w-])sleep\\s+(\\d+)([smh]?)\\b");

    /** The preStop hooks the pod declares, one per container that has one. */
    public static List<PreStopHook> of(Pod pod) {
        return pod.preStopHooks().stream().map(entry -> parse(pod.ref(), entry)).toList();
    }

    /** Whether the hook would still be running when a grace period of this many seconds ends. */
    public boolean outlives(Long gracePeriodSeconds) {
        return gracePeriodSeconds != null && sleepSeconds >= gracePeriodSeconds;
    }

    private static PreStopHook parse(ObjectRef pod, String entry) {
        int colon = entry.indexOf(": ");
        String container = colon < 0 ? "" : entry.substring(0, colon);
        String command = colon < 0 ? entry : entry.substring(colon + 2);
        return new PreStopHook(pod, container, command, KILL.matcher(command).find(), sleepSeconds(command));
    }

    private static long sleepSeconds(String command) {
        long total = 0;
        Matcher m = SLEEP.matcher(command);
        while (m.find()) {
            long amount = Long.parseLong(m.group(1));
            total += switch (m.group(2)) {
                case "m" -> amount * 60;
                case "h" -> amount * 3600;
                default -> amount;
            };
        }
        return total;
    }
}
