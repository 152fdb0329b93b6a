package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.UnmountFailed;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a failed unmount in an event about a pod: the kubelet's {@code FailedUnMount}
 * reason, or its {@code UnmountVolume.TearDown failed for volume} error under another reason.
 */
final class UnmountFailures {

    /** The kubelet's event reason for a failed unmount ({@code FailedUnMountVolume} in its events). */
    private static final String FAILED_UNMOUNT = "FailedUnMount";

    private static final Pattern TEAR_DOWN_FAILED = Pattern.compile("UnmountVolume\\.TearDown failed for volume");

    private UnmountFailures() {
    }

    /** The failed unmount an event about a pod reports, if it reports one. */
    static Optional<UnmountFailed> fromEvent(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        if (!FAILED_UNMOUNT.equalsIgnoreCase(event.reason()) && !TEAR_DOWN_FAILED.matcher(event.message()).find()) {
            return Optional.empty();
        }
        return Optional.of(new UnmountFailed(event.involved(), event.time(), Evidence.of(event)));
    }
}
