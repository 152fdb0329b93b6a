package io.kdiag.facts.signal;

import io.kdiag.facts.Evidence;
import io.kdiag.facts.ObjectRef;
import java.time.Instant;

/**
 * An attach that waits for the volume's previous attachment to finish detaching: the
 * attach-detach controller reports "AttachVolume.Attach failed for volume "pvc-..." : volume
 * attachment is being deleted" while the old VolumeAttachment still carries its deletion mark.
 *
 * @param pod the pod the attach is for
 * @param volume the volume named in the message (the PersistentVolume's name)
 * @param time when it was last reported, or {@code null}
 * @param evidence the event or log line it was read from
 */
public record AttachWaitsForDetach(ObjectRef pod, String volume, Instant time, Evidence evidence) {
}
