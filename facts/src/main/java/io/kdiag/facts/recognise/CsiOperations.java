package io.kdiag.facts.recognise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names the CSI operation a failure report is about, from the words around the gRPC error: the
 * event reason, the Kubernetes operation ({@code AttachVolume.Attach failed}), the CSI call
 * ({@code ControllerPublishVolume}) or the sidecar's wording ({@code failed to provision volume}).
 *
 * <p>The families are tried in a fixed order, so that the more specific wording wins: a
 * provisioning from a snapshot is a {@code provision}, a {@code DeleteSnapshot} is a
 * {@code snapshot}, {@code UnmountVolume} is an {@code unmount}, not a {@code mount}, and a mount
 * that "failed while expanding volume" is a {@code resize}.
 */
final class CsiOperations {

    private record Family(String operation, Pattern words) {
    }

    private static final List<Family> FAMILIES = List.of(
            family("resize", "resize volume|VolumeResizeFailed|ExpandVolume|while expanding volume|Expander\\.NodeExpand"),
            family("provision", "failed to provision volume|error syncing claim|ProvisioningFailed"
                    + "|provisioning failed|\\bCreateVolume\\b"),
            family("snapshot", "failed to take snapshot|SnapshotCreationFailed|SnapshotContentCreationFailed"
                    + "|SnapshotDeleteFailed|createSnapshot|DeleteSnapshot|failed to (?:create|delete) snapshot"),
            family("delete", "DeleteVolume|failed to delete volume|VolumeFailedDelete"),
            family("detach", "DetachVolume|ControllerUnpublishVolume|failed to detach"),
            family("attach", "AttachVolume\\.Attach|FailedAttachVolume|ControllerPublishVolume|failed to attach"),
            family("unmount", "UnmountVolume|UnmountDevice|UnMount|NodeUnstageVolume|NodeUnpublishVolume"),
            family("mount", "MountVolume|MountDevice|FailedMount|MapVolume|NodeStageVolume|NodePublishVolume"));

    private CsiOperations() {
    }

    /** The operation the text reports, or {@code unknown}. */
    static String of(String context) {
        return FAMILIES.stream()
                .filter(f -> f.words().matcher(context).find())
                .map(Family::operation)
                .findFirst()
                .orElse("unknown");
    }

    private static Family family(String operation, String words) {
        return new Family(operation, Pattern.compile(words, Pattern.CASE_INSENSITIVE));
    }
}
