package io.kdiag.facts.signal;

import java.util.regex.Pattern;

/**
 * The words with which drivers and clouds refuse an attach because the node or instance already
 * has as many volumes attached as it may: EC2's {@code AttachmentLimitExceeded}, Azure's "The
 * maximum number of data disks allowed to be attached to a VM of this size is 4.", Hetzner
 * Cloud's "maximum number of volumes already attached to the server", OpenStack Nova's "The
 * maximum allowed number of disk devices (16) to attach to a single instance has been exceeded.",
 * Google Compute Engine's "Maximum hyperdisk-balanced disks count should be less than or equal to
 * [16]". By the CSI specification a {@code ControllerPublishVolume} that fails with
 * {@code RESOURCE_EXHAUSTED} means the same.
 */
final class AttachLimitWords {

    private static final Pattern WORDS = Pattern.compile(
            "AttachmentLimitExceeded|attachment limit exceeded"
                    + "|maximum number of (?:data disks|disks|volumes) (?:allowed to be )?(?:already )?attached"
                    + "|maximum allowed number of (?:disk devices|disks|volumes) \\(\\d+\\) to attach"
                    + "|maximum [\\w-]+ disks count should be less than or equal to",
            Pattern.CASE_INSENSITIVE);

    private AttachLimitWords() {
    }

    /** Whether the error says an attach failed because the node has no room for another volume. */
    static boolean sayLimitReached(String operation, String code, String description) {
        if (!"attach".equals(operation) && !"unknown".equals(operation)) {
            return false;
        }
        return WORDS.matcher(description).find() || "attach".equals(operation) && "ResourceExhausted".equals(code);
    }
}
