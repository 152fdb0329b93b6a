package io.kdiag.facts.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a dump layout cannot show, as warnings: the kinds it never holds (unless files given
 * beside it supplied them), which checks therefore could not be made, and what to add.
 */
final class CoverageGaps {

    /** Kinds that one command supplies, what kdiag cannot check without them, and the command. */
    private record Gap(List<String> kinds, String checks, String command) {
    }

    private static final List<Gap> GAPS = List.of(
            new Gap(List.of("PersistentVolume", "PersistentVolumeClaim", "VolumeAttachment"),
                    "which volume each claim is bound to and which node each volume is attached to (stale or"
                            + " misplaced attachments, volume handles, nodes holding volumes)",
                    "kubectl get pv,pvc,volumeattachments -A -o yaml > storage.yaml"),
            new Gap(List.of("VolumeSnapshot"),
                    "snapshots and the claims they were taken from (orphaned snapshots, CSI operation locks)",
                    "kubectl get volumesnapshots,volumesnapshotcontents,volumesnapshotclasses -A -o yaml > snapshots.yaml"),
            new Gap(List.of("StatefulSet"),
                    "which StatefulSet owns each pod and how many of its replicas are ready (how grave an outage is)",
                    "kubectl get statefulsets -A -o yaml > statefulsets.yaml"));

    private CoverageGaps() {
    }

    /**
     * The warnings for one dump.
     *
     * @param layout the dump's layout
     * @param name how sources name the dump
     * @param counts how many objects of each kind the whole snapshot holds
     */
    static List<SnapshotWarning> of(Layout layout, String name, Map<String, Integer> counts) {
        List<SnapshotWarning> warnings = new ArrayList<>();
        for (Gap gap : GAPS) {
            List<String> missing = gap.kinds().stream()
                    .filter(layout.missingKinds()::contains)
                    .filter(kind -> counts.getOrDefault(kind, 0) == 0)
                    .toList();
            if (!missing.isEmpty()) {
                warnings.add(new SnapshotWarning(name, "a " + layout.title() + " holds no " + String.join(", ", missing)
                        + ": kdiag could not check " + gap.checks() + "; add the output of `" + gap.command()
                        + "` beside the dump"));
            }
        }
        return warnings;
    }
}
