package io.kdiag.facts;

import java.time.Instant;
import java.util.Optional;

/**
 * A VolSync ReplicationDestination ({@code volsync.backube/v1alpha1}): the receiving end of a
 * replication or the restore of a backup. Its {@code status.latestImage} names the snapshot
 * (or claim) that holds the latest restored data; the VolSync volume populator fills claims
 * whose {@code dataSourceRef} names the destination from that image.
 *
 * @param namespace the destination's namespace
 * @param name the destination's name
 * @param latestImageKind the kind of {@code status.latestImage}, for example
 *     {@code VolumeSnapshot}, or {@code ""} while it has none
 * @param latestImageName the name of {@code status.latestImage}, or {@code ""} while it has none
 * @param synchronizingStatus the status of the {@code Synchronizing} condition ({@code True},
 *     {@code False}), or {@code ""} when it has none
 * @param synchronizingMessage the message of that condition, or {@code ""}
 * @param lastSyncTime {@code status.lastSyncTime}, or {@code null}
 * @param creationTimestamp when the destination was created, or {@code null}
 * @param source where the destination was read
 */
public record ReplicationDestination(
        String namespace,
        String name,
        String latestImageKind,
        String latestImageName,
        String synchronizingStatus,
        String synchronizingMessage,
        Instant lastSyncTime,
        Instant creationTimestamp,
        String source) implements KubeObject {

    @Override
    public ObjectRef ref() {
        return new ObjectRef("ReplicationDestination", namespace, name);
    }

    /** Whether a restore has completed: the destination names its latest image. */
    public boolean hasLatestImage() {
        return !latestImageName.isEmpty();
    }

    @Override
    public Optional<Instant> latestTimestamp() {
        return Times.latest(creationTimestamp, lastSyncTime);
    }
}
