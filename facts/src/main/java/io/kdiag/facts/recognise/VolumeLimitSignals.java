package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.CsiError;
import io.kdiag.facts.signal.MaxVolumeCountExceeded;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the scheduler says when nodes have no room for more volumes: "node(s) exceed
 * max volume count" among the reasons of a {@code FailedScheduling} event, as the default
 * scheduler prints it ({@code 1 node(s) exceed max volume count}, since 1.22 followed by a
 * {@code preemption:} clause) and as Volcano prints it ({@code 1 plugin NodeVolumeLimits
 * predicates failed node(s) exceed max volume count}). Attach errors over a driver's limit are
 * CSI errors: see {@link CsiError#isAttachLimitExceeded()}.
 */
final class VolumeLimitSignals {

    private static final Pattern EXCEEDED = Pattern.compile(
            "(?:(\\d+) (?:plugin \\S+ predicates failed )?)?node\\(s\\) exceed max volume count");
    private static final Pattern AVAILABLE = Pattern.compile("^\\s*0/(\\d+) nodes are (?:un)?available");

    private VolumeLimitSignals() {
    }

    /** The scheduler's report that nodes are over their volume limit, if an event about a pod gives one. */
    static Optional<MaxVolumeCountExceeded> maxVolumeCountExceeded(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        String message = event.message();
        int preemption = message.indexOf("preemption:");
        String reasons = preemption < 0 ? message : message.substring(0, preemption);
        Matcher m = EXCEEDED.matcher(reasons);
        if (!m.find()) {
            return Optional.empty();
        }
        int nodes = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        Matcher total = AVAILABLE.matcher(reasons);
        int totalNodes = total.find() ? Integer.parseInt(total.group(1)) : 0;
        return Optional.of(new MaxVolumeCountExceeded(event.involved(), nodes, totalNodes, event.count(),
                event.time(), Evidence.of(event)));
    }
}
