package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.VolumeNodeAffinityConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the scheduler says in a pod's {@code FailedScheduling} events about its
 * volumes. The message lists, per reason, how many nodes it ruled out: "0/3 nodes are available:
 * 1 node(s) had untolerated taint {...}, 2 node(s) had volume node affinity conflict. preemption:
 * 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
 */
final class SchedulingSignals {

    private static final Pattern NODE_CONFLICT = Pattern.compile(
            "(?:(\\d+) )?node\\(s\\) (?:had volume node affinity conflict|didn't match PersistentVolume's node affinity)");
    private static final Pattern AVAILABLE = Pattern.compile("\\d+/(\\d+) nodes are available:\\s*");
    /** Where the reasons of the main scheduling attempt end: the preemption summary and what precedes it. */
    private static final Pattern REASONS_END = Pattern.compile("(?:no new claims to deallocate,\\s*)?preemption:");
    /** Between two reasons: a comma before the next reason's count (a taint's own text may hold commas). */
    private static final Pattern BETWEEN_REASONS = Pattern.compile(",\\s+(?=\\d+ )");

    private SchedulingSignals() {
    }

    /** The volume node affinity conflict an event about a pod reports, if it reports one. */
    static Optional<VolumeNodeAffinityConflict> volumeNodeAffinityConflict(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        String reasons = reasonsOf(event.message());
        Matcher conflict = NODE_CONFLICT.matcher(reasons);
        if (!conflict.find()) {
            return Optional.empty();
        }
        int conflicting = conflict.group(1) == null ? 0 : Integer.parseInt(conflict.group(1));
        Matcher available = AVAILABLE.matcher(event.message());
        int nodes = available.find() ? Integer.parseInt(available.group(1)) : 0;
        List<String> others = new ArrayList<>();
        for (String reason : BETWEEN_REASONS.split(reasons)) {
            String trimmed = reason.strip().replaceAll("[\\s.,]+$", "");
            if (!trimmed.isEmpty() && !NODE_CONFLICT.matcher(trimmed).find()) {
                others.add(trimmed);
            }
        }
        return Optional.of(new VolumeNodeAffinityConflict(event.involved(), conflicting, nodes, others,
                event.count(), event.time(), Evidence.of(event)));
    }

    /** The reasons of the main scheduling attempt: after "0/N nodes are available:", before the preemption summary. */
    private static String reasonsOf(String message) {
        Matcher available = AVAILABLE.matcher(message);
        String rest = available.find() ? message.substring(available.end()) : message;
        Matcher end = REASONS_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }
}
