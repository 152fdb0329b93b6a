package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.AttachSucceeded;
import io.kdiag.facts.signal.AttachWaitsForDetach;
import io.kdiag.facts.signal.MultiAttachError;
import io.kdiag.facts.signal.UnmountFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the signals in event messages. One method per signal family; each accepts every
 * wording that Kubernetes versions and drivers are known to print.
 */
public final class EventSignals {

    private static final Pattern MULTI_ATTACH =
            Pattern.compile("(?:Multi-Attach error|Waiting for detach) for volume \"([^\"]+)\"(.*)", Pattern.DOTALL);
    private static final Pattern USED_BY_PODS =
            Pattern.compile("already used by pod\\(s\\)\\s*(.+?)(?:\\s+and \\d+ pod\\(s\\) in different namespaces)?$",
                    Pattern.DOTALL);
    private static final Pattern HOLDER_NODE =
            Pattern.compile("already exclusively attached to node (\\S+)");
    private static final Pattern ATTACH_SUCCEEDED =
            Pattern.compile("AttachVolume\\.Attach succeeded for volume \"([^\"]+)\"");
    private static final Pattern ATTACHMENT_BEING_DELETED =
            Pattern.compile("AttachVolume\\.Attach failed for volume \"([^\"]+)\"\\s*:\\s*volume attachment is being deleted");

    private EventSignals() {
    }

    /** Every signal the event carries. */
    public static List<Object> recognise(Event event) {
        List<Object> signals = new ArrayList<>(2);
        multiAttach(event).ifPresent(signals::add);
        attachSucceeded(event).ifPresent(signals::add);
        attachWaitsForDetach(event).ifPresent(signals::add);
        PreStopHookSignals.fromEvent(event).ifPresent(signals::add);
        VolumeMountTimeouts.fromEvent(event).ifPresent(signals::add);
        CsiErrors.inEvent(event).ifPresent(signals::add);
        UnmountFailures.fromEvent(event).ifPresent(signals::add);
        NodeVolumeSignals.driverNotRegistered(event).ifPresent(signals::add);
        NodeVolumeSignals.transportEndpointLost(event).ifPresent(signals::add);
        SchedulingSignals.volumeNodeAffinityConflict(event).ifPresent(signals::add);
        VolumeLimitSignals.maxVolumeCountExceeded(event).ifPresent(signals::add);
        signals.addAll(ClaimSignals.recognise(event));
        signals.addAll(ResizeSignals.recognise(event));
        return signals;
    }

    /** The Multi-Attach error an event about a pod reports, if it reports one. */
    static Optional<MultiAttachError> multiAttach(Event event) {
        return PodEvents.match(event, MULTI_ATTACH).map(m -> {
            String rest = m.group(2);
            Matcher pods = USED_BY_PODS.matcher(rest);
            List<String> holders = pods.find() ? NameLists.of(pods.group(1)) : List.of();
            Matcher node = HOLDER_NODE.matcher(rest);
            String holderNode = node.find() ? node.group(1) : "";
            return new MultiAttachError(event.involved(), m.group(1), holders, holderNode,
                    event.time(), event.count(), Evidence.of(event));
        });
    }

    /** The successful attach an event about a pod reports, if it reports one. */
    static Optional<AttachSucceeded> attachSucceeded(Event event) {
        return PodEvents.match(event, ATTACH_SUCCEEDED)
                .map(m -> new AttachSucceeded(event.involved(), m.group(1), event.time(), Evidence.of(event)));
    }

    /** The attach an event about a pod reports as waiting for the old attachment's deletion, if any. */
    static Optional<AttachWaitsForDetach> attachWaitsForDetach(Event event) {
        return PodEvents.match(event, ATTACHMENT_BEING_DELETED)
                .map(m -> new AttachWaitsForDetach(event.involved(), m.group(1), event.time(), Evidence.of(event)));
    }
}
