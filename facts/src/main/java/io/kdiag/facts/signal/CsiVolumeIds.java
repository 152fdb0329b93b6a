package io.kdiag.facts.signal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a volume ID, as a CSI failure or a PersistentVolume gives it, in the one form in which two
 * IDs of the same volume compare equal. An ID loses its quotes and brackets; a cloud resource
 * path keeps only the resource's own name ({@code projects/P/zones/Z/disks/D} and
 * {@code /subscriptions/.../disks/D} become {@code D}, the in-tree {@code aws://zone/vol-X}
 * becomes {@code vol-X}). Other IDs with slashes (some drivers build handles such as
 * {@code <uuid>/<array>/<protocol>}) stay whole.
 */
final class CsiVolumeIds {

    private static final Pattern CLOUD_DISK = Pattern.compile("(?:^|/)disks/([^/]+)$");
    private static final Pattern AWS_IN_TREE = Pattern.compile("^aws://[^/]*/(vol-[0-9a-zA-Z]+)$");
    private static final String WRAPPING = "\"'`[](){}<>";

    private CsiVolumeIds() {
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
