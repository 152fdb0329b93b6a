package io.kdiag.facts.signal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the volume a CSI failure names. The driver's own words come first, because they carry
 * the backend volume ID that playbooks compare with a PersistentVolume's volume handle
 * ("the given Volume ID X already exists", "[ControllerPublishVolume] Volume X not found",
 * "Could not find disk Key{"X", ...}"); then the Kubernetes side's: the volume an operation ran
 * for ({@code for volume "pvc-..."}, "of the volume, pvc-...") and last the claim whose
 * provisioning failed ({@code error syncing claim "<uid>"}).
 */
final class CsiVolumeIds {

    private static final String ID = "\"?([^\\s\",:;{}\\[\\]]+)\"?";

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("the given Volume ID " + ID + " already exists"),
            Pattern.compile("Could not find disk Key\\{\"([^\"]+)\""),
            Pattern.compile("\\bVolume " + ID + " (?:not found|does not exist)"),
            Pattern.compile("\\b[Vv]olume ID " + ID),
            Pattern.compile("error generating volume " + ID),
            Pattern.compile("of the volume,? " + ID),
            Pattern.compile("for volume " + ID),
            Pattern.compile("error syncing claim " + ID));

    private CsiVolumeIds() {
    }

    /** The volume the text names, or {@code ""}. */
    static String of(String text) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }
}
