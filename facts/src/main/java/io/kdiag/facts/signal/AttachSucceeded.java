package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * A successful attach of a volume for a pod ({@code SuccessfulAttachVolume}:
 * "AttachVolume.Attach succeeded for volume ...").
 *
 * @param pod the pod the volume was attached for
 * @param volume the volume named in the message
 * @param time when it was reported, or {@code null}
 * @param evidence the event or log line it was read from
 */
public record AttachSucceeded(ObjectRef pod, String volume, Instant time, Evidence evidence) {

    /**
     * Whether this attach came after the Multi-Attach error for the same pod and volume, and so
     * resolved it. When either time is unknown, the attach is taken to follow: events that
     * report success are written after the failures they end.
     */
    public boolean resolves(MultiAttachError error) {
        return pod.equals(error.pod()) && volume.equals(error.volume())
                && (time == null || error.time() == null || !time.isBefore(error.time()));
    }
}
