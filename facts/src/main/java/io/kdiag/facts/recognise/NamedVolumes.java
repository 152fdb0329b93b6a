package io.kdiag.facts.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the volume a CSI failure names. The driver's own words come first, because they carry
 * the backend volume ID ("the given Volume ID X already exists", "[ControllerPublishVolume]
 * Volume X not found", "Could not find disk Key{"X", ...}", "Could not get volume with ID "X"",
 * "Volume 'X' not found", "Microsoft.Compute/disks/X"); then the Kubernetes side's: the volume
 * an operation ran for ({@code for volume "pvc-..."}, "of the volume, pvc-...") and last the
 * claim whose provisioning failed ({@code error syncing claim "<uid>"}). The ID is given as the
 * words have it; {@link io.kdiag.facts.signal.CsiError} normalises it.
 */
final class NamedVolumes {

    private static final String ID = "[\"'`]?([^\\s\"'`,:;{}\\[\\]]+)[\"'`]?";

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("the given Volume ID " + ID + " already exists"),
            Pattern.compile("Could not find disk Key\\{\"([^\"]+)\""),
            Pattern.compile("\\b[Vv]olume with ID " + ID),
            Pattern.compile("\\b[Vv]olume " + ID + " (?:was )?(?:not found|does not exist|could not be found)"),
            Pattern.compile("(?:Microsoft\\.Compute/disks|/disks)/" + ID),
            Pattern.compile("\\b[Vv]olume ID " + ID),
            Pattern.compile("error generating volume " + ID),
            Pattern.compile("of the volume,? " + ID),
            Pattern.compile("for volume " + ID),
            Pattern.compile("error syncing claim " + ID));

    private NamedVolumes() {
    }

    /** The volume the text names, as it names it, or {@code ""}. */
    static String in(String text) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return "";
    }
}
