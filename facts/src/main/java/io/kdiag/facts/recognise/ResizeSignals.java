package io.kdiag.facts.recognise;

import io.kdiag.facts.Event;
import io.kdiag.facts.Evidence;
import io.kdiag.facts.LogLine;
import io.kdiag.facts.ObjectRef;
import io.kdiag.facts.signal.ClaimResizeRejected;
import io.kdiag.facts.signal.ExternalExpansionWait;
import io.kdiag.facts.signal.VolumeResizeFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what the expand controller, the external-resizer, the kubelet and the API server
 * say about a claim's resize: handed to an external resizer, failed at the controller or the
 * node stage, or refused before it began.
 */
final class ResizeSignals {

    private static final Pattern EXTERNAL_EXPANDING = Pattern.compile(
            "waiting for an external controller to (?:expand|process) this PVC", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROLLER_FAILED = Pattern.compile(
            "resize volume \"?([^\"\\s]+)\"?(?: by resizer \"([^\"]+)\")? failed: (.*)", Pattern.DOTALL);
    private static final Pattern NODE_FAILED = Pattern.compile(
            "(?:NodeExpandVolume\\.NodeExpandVolume failed|MountVolume\\.\\w+ failed while expanding volume)"
                    + " for volume \"([^\"]+)\"[^:]*: (.*)", Pattern.DOTALL);
    private static final Pattern CLASS_FORBIDS = Pattern.compile(
            "(?:persistentvolumeclaims? [\"']([^\"']+)[\"'] is forbidden: )?only dynamically provisioned pvc can be"
                    + " resized and the storageclass that provisions the pvc must support resize");
    private static final Pattern SHRINK = Pattern.compile(
            "(?:PersistentVolumeClaim [\"']([^\"']+)[\"'] is invalid: )?spec\\.resources\\.requests\\.storage:"
                    + " Forbidden: field can not be less than (?:previous value|status\\.capacity)");

    private ResizeSignals() {
    }

    /** Every resize signal the event carries. */
    static List<Object> recognise(Event event) {
        List<Object> signals = new ArrayList<>(1);
        String message = event.message();
        boolean aboutClaim = "PersistentVolumeClaim".equals(event.involved().kind());
        if (aboutClaim && ("ExternalExpanding".equals(event.reason()) || EXTERNAL_EXPANDING.matcher(message).find())) {
            signals.add(new ExternalExpansionWait(event.involved(), event.count(), event.time(), Evidence.of(event)));
        }
        Matcher m = CONTROLLER_FAILED.matcher(message);
        if (aboutClaim && m.find()) {
            signals.add(new VolumeResizeFailure(event.involved(), m.group(1), m.group(2) == null ? "" : m.group(2),
                    VolumeResizeFailure.CONTROLLER, m.group(3).strip(), event.count(), event.time(), Evidence.of(event)));
        }
        m = NODE_FAILED.matcher(message);
        if ("Pod".equals(event.involved().kind()) && m.find()) {
            signals.add(new VolumeResizeFailure(event.involved(), m.group(1), "", VolumeResizeFailure.NODE,
                    m.group(2).strip(), event.count(), event.time(), Evidence.of(event)));
        }
        rejected(message, event.involved(), event.time(), Evidence.of(event)).ifPresent(signals::add);
        return signals;
    }

    /** The refused resize a log line reports (an operator or a deployment tool that tried it), if any. */
    static Optional<ClaimResizeRejected> rejected(LogLine line) {
        return rejected(line.text(), line.origin(), line.time(), Evidence.of(line));
    }

    private static Optional<ClaimResizeRejected> rejected(String text, ObjectRef reporter, Instant time,
            Evidence evidence) {
        Matcher m = CLASS_FORBIDS.matcher(text);
        if (m.find()) {
            return Optional.of(new ClaimResizeRejected(m.group(1) == null ? "" : m.group(1),
                    ClaimResizeRejected.CLASS_FORBIDS, reporter, time, evidence));
        }
        m = SHRINK.matcher(text);
        if (m.find()) {
            return Optional.of(new ClaimResizeRejected(m.group(1) == null ? "" : m.group(1),
                    ClaimResizeRejected.SHRINK, reporter, time, evidence));
        }
        return Optional.empty();
    }
}
