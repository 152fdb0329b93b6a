package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.signal.CsiDriverNotRegistered;
import io.kdiag.facts.signal.TransportEndpointLost;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the kubelet says in a pod's events when it cannot use a volume on the pod's
 * node: a CSI driver whose node plugin is not registered there, a storage connection that was shut
 * down or lost.
 */
final class NodeVolumeSignals {

    private static final Pattern DRIVER_NOT_REGISTERED =
            Pattern.compile("driver name (\\S+?)\\.? not found in the list of registered CSI drivers");
    private static final Pattern VOLUME = Pattern.compile("for volume \"([^\"]+)\"");
    private static final Pattern VOLUME_PATH = Pattern.compile("/volumes/kubernetes\\.io~[a-z-]+/([^/\"\\s]+)/mount");
    private static final Pattern SHUTDOWN =
            Pattern.compile("cannot send after transport endpoint shutdown", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_CONNECTED =
            Pattern.compile("transport endpoint is not connected", Pattern.CASE_INSENSITIVE);

    private NodeVolumeSignals() {
    }

    /** The unregistered driver an event about a pod reports, if it reports one. */
    static Optional<CsiDriverNotRegistered> driverNotRegistered(Event event) {
        return PodEvents.match(event, DRIVER_NOT_REGISTERED)
                .map(m -> new CsiDriverNotRegistered(event.involved(), m.group(1), volumeOf(event.message()),
                        event.count(), event.time(), Evidence.of(event)));
    }

    /** The lost storage connection an event about a pod reports, if it reports one. */
    static Optional<TransportEndpointLost> transportEndpointLost(Event event) {
        if (!"Pod".equals(event.involved().kind())) {
            return Optional.empty();
        }
        String errno = SHUTDOWN.matcher(event.message()).find() ? "ESHUTDOWN"
                : NOT_CONNECTED.matcher(event.message()).find() ? "ENOTCONN" : "";
        if (errno.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TransportEndpointLost(event.involved(), errno, volumeOf(event.message()),
                event.count(), event.time(), Evidence.of(event)));
    }

    private static String volumeOf(String message) {
        Matcher volume = VOLUME.matcher(message);
        if (volume.find()) {
            return volume.group(1);
        }
        Matcher path = VOLUME_PATH.matcher(message);
        return path.find() ? path.group(1) : "";
    }
}
