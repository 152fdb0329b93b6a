package io.kdiag.facts.signal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the volume a CSI failure names, normalised so that it can be compared with a
 * PersistentVolume's volume handle. The driver's own words come first, because they carry the
 * backend volume ID ("the given Volume ID X already exists", "[ControllerPublishVolume] Volume X
 * not found", "Could not find disk Key{"X", ...}", "Could not get volume with ID "X"",
 * "Volume 'X' not found", "Microsoft.Compute/disks/X"); then the Kubernetes side's: the volume
 * an operation ran for ({@code for volume "pvc-..."}, "of the volume, pvc-...") and last the
 * claim whose provisioning failed ({@code error syncing claim "<uid>"}).
 *
 * <p>An ID loses its quotes and brackets; a cloud resource path keeps only the resource's own
 * name ({@code projects/P/zones/Z/disks/D} and {@code /subscriptions/.../disks/D} become
 * {@code D}, the in-tree {@code aws://zone/vol-X} becomes {@code vol-X}). Other IDs with slashes
 * (some drivers build handles such as {@code <uuid>/<array>/<protocol>}) stay whole.
 */
final class CsiVolumeIds {

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

    private static final Pattern CLOUD_DISK = Pattern.compile("(?:^|/)disks/([^/]+)$");
    private static final Pattern AWS_IN_TREE = Pattern.compile("^aws://[^/]*/(vol-[0-9a-zA-Z]+)$");
    private static final String WRAPPING = "\"'`[](){}<>";

    private CsiVolumeIds() {
    }

    /** The volume the text names, normalised, or {@code ""}. */
    static String of(String text) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text);
            if (m.find()) {
                return normalise(m.group(1));
            }
        }
        return "";
    }

    /**
     * The ID without quotes, brackets and trailing punctuation, a cloud disk path cut to the
     * disk's name.
     */
    static String normalise(String id) {
        if (id == null) {
            return "";
        }
        String s = id.strip();
        int start = 0;
        int end = s.length();
        while (start < end && WRAPPING.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && (WRAPPING.indexOf(s.charAt(end - 1)) >= 0 || ".,;:".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        s = s.substring(start, end);
        Matcher disk = CLOUD_DISK.matcher(s);
        if (disk.find()) {
            return disk.group(1);
        }
        Matcher aws = AWS_IN_TREE.matcher(s);
        return aws.matches() ? aws.group(1) : s;
    }
}
